package org.importwindow.server.ecommerce;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Refuses, once a minute, the inventory lists that waited longer than {@code importwindow.cbec.pending-timeout} for
 * their order, payment or waybill (CBEC-104, naming what did not come). Embedded runtime only: in the Kafka runtime
 * the topology refuses them, and the waiting lists in the database are its read side, not this runtime's to decide.
 */
@Configuration
@ConditionalOnExpression("'${importwindow.cbec.runtime:embedded}' != 'kafka'")
@EnableScheduling
public class CbecOverdueLists {
    private static final Logger log = LoggerFactory.getLogger(CbecOverdueLists.class);

    private final CbecService service;

    public CbecOverdueLists(CbecService service) {
        this.service = service;
    }

    @Scheduled(fixedDelayString = "${importwindow.cbec.overdue-check:PT1M}", initialDelayString = "PT30S")
    public void refuseOverdue() {
        int n = service.refuseOverdue();
        if (n > 0) {
            log.info("{} inventory list(s) refused: their documents did not arrive in time", n);
        }
    }
}
