package org.importwindow.server.ecommerce;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code importwindow.cbec.*}.
 *
 * @param pendingTimeout   how long an inventory list waits for its order, payment and waybill before it is refused
 *                         (CBEC-104); not a legal number but the operator's choice
 * @param personKeySecret  the secret of the HMAC under which buyers' resident ID numbers are kept as ledger keys;
 *                         set your own in production (changing it starts every buyer's usage again)
 * @param maxMessageBytes  the largest message accepted
 * @param groupCommit      at most this many messages are stored in one transaction when they queue up
 * @param groupDocuments   and a group takes no further message once its messages hold this many documents, so that
 *                         a group of large messages (up to 1,000 documents each) stays a few messages and the answer
 *                         to the first of them does not wait for the decisions of thirty more; groups of 4 messages of
 *                         100 documents (400) were measured too and were no faster on longer runs
 *                         (docs/cbec-benchmark.md, "Groups, senders, and longer runs")
 */
@ConfigurationProperties("importwindow.cbec")
public record CbecProperties(@DefaultValue("PT24H") Duration pendingTimeout,
                             @DefaultValue("importwindow-demo-person-key") String personKeySecret,
                             @DefaultValue("16777216") int maxMessageBytes,
                             @DefaultValue("32") int groupCommit,
                             @DefaultValue("3200") int groupDocuments) {
}
