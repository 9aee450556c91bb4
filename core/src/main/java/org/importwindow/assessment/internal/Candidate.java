package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.util.function.Function;
import org.importwindow.assessment.Language;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.duty.DutyExpressionException;
import org.importwindow.tariff.duty.ResolvedDuty;

/** A duty measure considered for an item, with its amount (or why it could not be computed) and verdict. */
final class Candidate {
    final Measure measure;
    ResolvedDuty resolved;
    /** Rounded to the fen; null when it could not be computed. */
    BigDecimal amount;
    DutyExpressionException error;
    boolean eligible;
    boolean applied;
    /** Worded on first read, per language. */
    Function<Language, String> reason;

    Candidate(Measure measure, ItemFacts facts) {
        this.measure = measure;
        if (measure.duty() == null) {
            return;
        }
        try {
            resolved = measure.duty().resolve(facts.base());
            amount = Wording.fen(resolved.amountOn(facts.valueCny()));
        } catch (DutyExpressionException e) {
            error = e;
        }
    }

    String reasonText(Language language) {
        return reason == null ? null : reason.apply(language);
    }

    /** The amount, or the reason it cannot be computed when the choice depends on it. */
    BigDecimal required() {
        if (amount == null) {
            if (error != null) {
                throw error;
            }
            throw new DutyExpressionException("DUT-020", "measure " + measure.sid() + " has no duty expression");
        }
        return amount;
    }
}
