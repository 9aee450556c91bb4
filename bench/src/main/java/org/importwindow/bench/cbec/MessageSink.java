package org.importwindow.bench.cbec;

import java.util.Map;

/**
 * Where {@link CbecHttpLoad} sends the generated messages: the HTTP API ({@link HttpSink}) by default, or another
 * runtime — e.g. a Kafka producer writing each message to its type's topic — named on the command line with
 * {@code sink=<class name>} (a public class with a public constructor taking the {@code key=value} options as a
 * {@code Map<String, String>}, on the classpath). Called from several threads at once, one message at a time per
 * thread; the documents of one purchase are sent in order (order, payment, waybill, list) by one thread.
 */
public interface MessageSink extends AutoCloseable {

    /** Send one message and wait until the runtime has accepted it (durably, for a fair comparison). */
    Answer send(CebXml.Kind kind, byte[] message) throws Exception;

    /**
     * What came back: {@code ok} when the runtime took the message; the counts of the message's receipts by
     * status (800 released, 100 refused, 120 stored or waiting) when the runtime answers with receipts, else -1.
     */
    record Answer(boolean ok, int released, int refused, int stored, String problem) {
        public static Answer accepted() {
            return new Answer(true, -1, -1, -1, null);
        }
    }

    @Override
    default void close() throws Exception {
    }

    /** The sink named by {@code sink=...}, or HTTP to {@code url=...}. */
    static MessageSink from(Map<String, String> options) throws ReflectiveOperationException {
        String name = options.get("sink");
        if (name == null || name.isBlank() || name.equals("http")) {
            return new HttpSink(options.getOrDefault("url", "http://127.0.0.1:18091"));
        }
        return (MessageSink) Class.forName(name).getConstructor(Map.class).newInstance(options);
    }
}
