package org.importwindow.allowance;

/**
 * A transaction id (or credit id) was used again with different content: another person, date or amount. Replays
 * must be identical; a different transaction needs a different id. Nothing was changed.
 */
public final class TransactionConflictException extends RuntimeException {
    private final String transactionId;

    public TransactionConflictException(String transactionId, String message) {
        super(message);
        this.transactionId = transactionId;
    }

    public String transactionId() {
        return transactionId;
    }
}
