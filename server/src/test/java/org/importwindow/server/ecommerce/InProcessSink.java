package org.importwindow.server.ecommerce;

import java.util.List;
import java.util.Map;
import org.importwindow.bench.cbec.CebXml;
import org.importwindow.bench.cbec.MessageSink;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Receipt;

/**
 * The embedded runtime without HTTP: the load generator's messages go straight to {@link CbecService#receive} on the
 * sender's thread, read and schema-checked there as the API would ({@link CebMessages#read}, the body deflated) and
 * answered once the writer has committed them. The service is the one of the application context the benchmark
 * started ({@link #use}).
 */
public final class InProcessSink implements MessageSink {
    private static volatile CbecService service;

    static void use(CbecService s) {
        service = s;
    }

    public InProcessSink(Map<String, String> options) {
        if (service == null) {
            throw new IllegalStateException("no CbecService: start the application context first");
        }
    }

    @Override
    public Answer send(CebXml.Kind kind, byte[] message) {
        List<Receipt> receipts = service.receive(new CbecService.Incoming(CebMessages.read(message), kind.sender,
                service.body(message), "application/xml"));
        int released = 0;
        int refused = 0;
        int stored = 0;
        for (Receipt r : receipts) {
            switch (r.returnStatus()) {
                case "800" -> released++;
                case "100" -> refused++;
                case "120" -> stored++;
                default -> {
                }
            }
        }
        return new Answer(true, released, refused, stored, null);
    }
}
