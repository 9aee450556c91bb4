package org.importwindow.recall;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened in a recall, in the past tense. {@link #on()} is the legal date of the step (the day the report
 * was made, the notice published...), from which and against which deadlines are counted; {@link #actor()} the
 * user who recorded it.
 */
public sealed interface RecallEvent {

    LocalDate on();

    String actor();

    /** The event's name as stored and shown (the record's simple name). */
    default String type() {
        return getClass().getSimpleName();
    }

    /**
     * The producer (importer) reported a possible defect. When it has caused or may cause death, serious injury or
     * major property loss, or the product is recalled abroad ({@code serious}), the report is due within the
     * defect-report working days of {@code discoveredOn}.
     *
     * @param defectConfirmedOn the day the producer considered the product defective, if it did (the recall plan is
     *                          due from it); null while it only suspects a defect
     */
    record DefectReported(LocalDate on, String actor, String enterprise, String productName, String gtin,
                          String model, String description, LocalDate discoveredOn, boolean serious,
                          LocalDate defectConfirmedOn) implements RecallEvent {
    }

    /**
     * The regulator opened a defect investigation (e.g. from a complaints signal).
     *
     * @param enterprise the producer's or importer's USCC when known, else null (only the regulator sees the case)
     */
    record InvestigationOpened(LocalDate on, String actor, String enterprise, String productName, String gtin,
                               String model, String reason) implements RecallEvent {
    }

    /**
     * The regulator ordered the producer to recall; the recall plan is due from this day.
     *
     * @param enterprise the producer or importer ordered (USCC), when the case did not name it yet, else null
     */
    record RecallOrdered(LocalDate on, String actor, String enterprise, String reason) implements RecallEvent {
    }

    /** The producer reported its recall plan to the regulator (again, when revised before the notice). */
    record RecallPlanSubmitted(LocalDate on, String actor, String enterprise, RecallPlan plan) implements RecallEvent {
    }

    /** The producer published the recall to the public. */
    record RecallNoticePublished(LocalDate on, String actor, String titleZh, String titleEn, String textZh,
                                 String textEn) implements RecallEvent {
    }

    /** A progress (stage) report: cumulative units sold to and corrected at each level. */
    record ProgressReported(LocalDate on, String actor, List<LevelProgress> levels, String note)
            implements RecallEvent {
        public ProgressReported {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }

    /** The recall closed with the producer's summary report (final figures per level). */
    record RecallClosed(LocalDate on, String actor, String summary, List<LevelProgress> levels)
            implements RecallEvent {
        public RecallClosed {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }
}
