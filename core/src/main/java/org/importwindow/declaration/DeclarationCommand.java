package org.importwindow.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What someone asks of a declaration; {@link DeclarationWorkflow#apply} turns it into events or refuses it. */
public sealed interface DeclarationCommand {
    String actor();

    Instant at();

    /** Lodge a checked, assessed and channelled declaration (see {@link DeclarationDesk#lodge}). */
    record Lodge(String actor, Instant at, String reference, String importer, DeclarationKind kind,
                 String summaryReference, Appraisal appraisal) implements DeclarationCommand {
    }

    /** Replace the declaration by a corrected one, re-assessed and re-channelled. */
    record Amend(String actor, Instant at, String note, Appraisal appraisal) implements DeclarationCommand {
    }

    record CheckDocuments(String actor, Instant at, boolean passed, String note) implements DeclarationCommand {
    }

    record CompleteInspection(String actor, Instant at, boolean passed, String findings)
            implements DeclarationCommand {
    }

    /** The bank's confirmation that {@code amount} yuan was paid. */
    record ConfirmPayment(String actor, Instant at, BigDecimal amount, String bankReference)
            implements DeclarationCommand {
    }

    /** The goods of an advance declaration arrived (arrival of the means of transport / manifest). */
    record RecordArrival(String actor, Instant at) implements DeclarationCommand {
    }

    record Hold(String actor, Instant at, String reason) implements DeclarationCommand {
    }

    /** Officer's release: lifts a hold; the goods go once paid and checked. */
    record Release(String actor, Instant at) implements DeclarationCommand {
    }

    record Reject(String actor, Instant at, String reason) implements DeclarationCommand {
    }

    record Cancel(String actor, Instant at, String reason) implements DeclarationCommand {
    }

    /** On a two-step summary: its full declaration was lodged under {@code fullReference}. */
    record RecordFullDeclaration(String actor, Instant at, String fullReference) implements DeclarationCommand {
    }

    /** On a two-step summary: flag it if its full declaration is overdue on {@code asOf}. */
    record FlagOverdue(String actor, Instant at, LocalDate asOf) implements DeclarationCommand {
    }
}
