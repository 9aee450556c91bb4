package org.importwindow.ecommerce.message;

import java.util.List;

/**
 * One import message of the GACC unified-version specification as read by {@link CebMessages}: its root attributes,
 * its documents (orders, payments, waybills, inventory lists, cancellations or returns), the sender, and whether it
 * carried the {@code ds:Signature} element (kept, not verified: verifying SM2 signatures needs the China E-Port
 * key infrastructure).
 */
public sealed interface CebMessage
        permits Ceb311Message, Ceb411Message, Ceb511Message, Ceb621Message, Ceb623Message, Ceb625Message {

    /** The message's 36-character guid (root attribute). */
    String guid();

    /** The message's version (root attribute), usually {@code 1.0}. */
    String version();

    /** The sending enterprise ({@code BaseTransfer}). */
    BaseTransfer baseTransfer();

    /** Whether the message carried a {@code ds:Signature} element. */
    boolean signaturePresent();

    CebMessageType type();

    /** The message's documents in the order sent: {@link Order}, {@link PaymentHead}, {@link LogisticsHead}, … */
    List<?> documents();
}
