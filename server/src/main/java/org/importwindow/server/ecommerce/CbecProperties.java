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
 * @param groupDocuments   and a group takes no further message once its messages hold this many documents: with
 *                         messages of 100 documents, groups of a few messages keep several groups in the pipeline
 *                         (one being decided while the one before is encoded and the one before that written), where
 *                         one group of every waiting message left the writer idle while it was written; messages of
 *                         one document still fill a group of {@code groupCommit}
 */
@ConfigurationProperties("importwindow.cbec")
public record CbecProperties(@DefaultValue("PT24H") Duration pendingTimeout,
                             @DefaultValue("importwindow-demo-person-key") String personKeySecret,
                             @DefaultValue("16777216") int maxMessageBytes,
                             @DefaultValue("32") int groupCommit,
                             @DefaultValue("400") int groupDocuments) {
}
