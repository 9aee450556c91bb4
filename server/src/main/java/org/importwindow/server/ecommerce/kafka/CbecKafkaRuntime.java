package org.importwindow.server.ecommerce.kafka;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The running topology in the single window: started last and stopped first with the application, so that the
 * engines and the tariff are there before the first record. A stream thread that dies is replaced; its tasks go on
 * from their last commit (exactly-once: nothing it did since then is visible).
 */
public class CbecKafkaRuntime implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(CbecKafkaRuntime.class);

    private final Topology topology;
    private final Properties properties;
    private final CbecCore core;
    private volatile KafkaStreams streams;

    public CbecKafkaRuntime(Topology topology, Properties properties, CbecCore core) {
        this.topology = topology;
        this.properties = properties;
        this.core = core;
    }

    @Override
    public synchronized void start() {
        if (streams != null) {
            return;
        }
        KafkaStreams s = new KafkaStreams(topology, properties);
        s.setUncaughtExceptionHandler(e -> {
            log.error("a cross-border e-commerce stream thread died and is replaced: {}",
                    ResidentIdNumber.maskIn(String.valueOf(e.getMessage())));
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        s.start();
        streams = s;
        log.info("cross-border e-commerce runtime on Kafka started (application {})",
                properties.getProperty("application.id"));
    }

    @Override
    public synchronized void stop() {
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** The Kafka Streams instance (state, metrics, stores); null when stopped. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Whether the instance processes records now (not starting, rebalancing or failed). */
    public boolean processing() {
        KafkaStreams s = streams;
        return s != null && s.state() == KafkaStreams.State.RUNNING;
    }

    /** The read side: buyers' allowances as the partitions of this instance keep them. */
    public CbecKafkaQueries queries() {
        KafkaStreams s = streams;
        if (s == null) {
            throw new IllegalStateException("the Kafka runtime is stopped");
        }
        return new CbecKafkaQueries(s, core);
    }
}
