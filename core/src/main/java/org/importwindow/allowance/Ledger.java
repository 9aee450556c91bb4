package org.importwindow.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The personal allowance ledger: per scheme, person and period (calendar year or day, from the transaction's date),
 * the sum of the accepted transactions less what was credited back.
 *
 * <h2>Contract every implementation keeps</h2>
 * The in-memory ledger ({@link InMemoryLedger}) and the server's database ledger implement exactly this; tests of
 * one must pass on the other.
 * <ol>
 * <li><b>One atomic step per debit.</b> Reading the person's usage of the period, deciding with
 * {@link AllowanceRule#decide}, recording the debit under its transaction id and adding the amount to the usage
 * happen as one indivisible step, serialised per (scheme, person, period). Two concurrent debits of one person can
 * never both be judged against the same old usage: the sum of the accepted debits never exceeds the period limit.
 * (Database: one transaction that locks the usage row — {@code SELECT ... FOR UPDATE}, or a conditional
 * {@code UPDATE usage SET used = used + :amount WHERE ... AND used + :amount <= :limit} — and inserts the debit row
 * under a unique key (scheme, transaction id), committed before the result is returned. In a Kafka Streams topology
 * keyed by person, the single writer of the partition gives the same guarantee.)</li>
 * <li><b>Debit atomic with acceptance.</b> A caller that accepts a transaction (e.g. answers an inventory list with
 * "released") does so only on {@link DebitResult.Accepted}, and an implementation returns Accepted only once the
 * debit is durable (database: committed).</li>
 * <li><b>Idempotent per transaction id.</b> A debit repeated with the same scheme and transaction id, person,
 * date (period), amount and single-limit flag changes nothing and returns the Accepted of the first time, equal to
 * it. The same id with different content throws {@link TransactionConflictException} and changes nothing. Refusals
 * are not recorded: a refused transaction sent again is decided again against the usage of that moment.</li>
 * <li><b>Credits</b> (returns) go back to the period of the original debit, never more in total than that debit,
 * each idempotent per credit id, atomic with the usage in the same way as debits.</li>
 * <li><b>Limits</b> are those in force on the transaction's date ({@link Limits#of}); amounts are yuan to the fen
 * ({@link AllowanceRule#yuan}).</li>
 * <li>Person ids are personal data (for CBEC the resident ID number): implementations never log them in clear and
 * results do not carry them.</li>
 * </ol>
 */
public interface Ledger {

    /**
     * Debit {@code amount} for {@code personId} in the period of {@code date}, checking both limits. Equivalent to
     * {@code debit(scheme, personId, date, amount, transactionId, true)}.
     */
    default DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                              String transactionId) {
        return debit(scheme, personId, date, amount, transactionId, true);
    }

    /**
     * Debit {@code amount} for {@code personId} in the period of {@code date}, atomically (see the interface):
     * Accepted with the new usage and what remains, or Refused with the limit, nothing recorded.
     *
     * @param singleLimitApplies false when the law exempts this transaction from the limit per transaction (CBEC:
     *                           one item over the single limit, taxed in full); the period limit always applies
     * @throws TransactionConflictException when {@code transactionId} was accepted with different content
     * @throws java.util.NoSuchElementException when no limit of the scheme is in force on {@code date}
     */
    DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                      String transactionId, boolean singleLimitApplies);

    /**
     * Give back {@code amount} of the accepted debit {@code debitTransactionId} (a return of some or all of its
     * goods), to the period of that debit. Idempotent per {@code creditId}.
     *
     * @throws TransactionConflictException when {@code creditId} was used with different content
     */
    CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                        BigDecimal amount);

    /** The person's usage of the period (0.00 when none). */
    BigDecimal usage(AllowanceScheme scheme, String personId, Period period);

    /** The person's usage of the period containing {@code date}. */
    default BigDecimal usage(AllowanceScheme scheme, String personId, LocalDate date) {
        return usage(scheme, personId, scheme.periodOf(date));
    }

    /** The accepted debit recorded under {@code transactionId}, as first returned. */
    Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId);
}
