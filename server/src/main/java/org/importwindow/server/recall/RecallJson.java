package org.importwindow.server.recall;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.importwindow.recall.ChainLevel;
import org.importwindow.recall.Deadline;
import org.importwindow.recall.LevelProgress;
import org.importwindow.recall.RecallEvent;
import org.importwindow.recall.RecalledProduct;
import org.importwindow.recall.Remedy;
import org.importwindow.recall.RiskLevel;

/** The JSON of the recall API: request bodies and the case answer. */
public final class RecallJson {

    private RecallJson() {
    }

    /** A defect report by the importer or producer. {@code on} defaults to today. */
    public record DefectReport(@Schema(description = "USCC of the importer; defaults to the user's only enterprise")
                               String enterprise, String productName, String gtin, String model, String description,
                               LocalDate discoveredOn,
                               @Schema(description = "Caused or may cause death, serious injury or major property "
                                       + "loss, or recalled abroad: the report is due within 2 working days")
                               Boolean serious, LocalDate defectConfirmedOn, LocalDate on) {
    }

    /** The regulator opens an investigation. */
    public record Investigation(String enterprise, String productName, String brand, String gtin, String model,
                                String reason, LocalDate on) {
    }

    /** The regulator orders a recall (naming the enterprise when the case did not yet). */
    public record Order(String enterprise, String reason, LocalDate on) {
    }

    /** One product of a plan. */
    public record Product(String name, String brand, String model, String gtin, List<String> lots,
                          LocalDate producedFrom, LocalDate producedTo, LocalDate importedFrom, LocalDate importedTo,
                          Long quantity, String hsCode, String originCountry) {
        RecalledProduct toCore() {
            return new RecalledProduct(name, brand, model, gtin, lots, producedFrom, producedTo, importedFrom,
                    importedTo, quantity == null ? 0 : quantity, hsCode, originCountry);
        }
    }

    /** The recall plan. */
    public record Plan(String enterprise, List<Product> products, String defect, String hazard, RiskLevel riskLevel,
                       Remedy remedy, LocalDate defectConfirmedOn, LocalDate plannedCompletion,
                       String consumerContact, LocalDate on) {
    }

    /** The public notice in Chinese and English. */
    public record Notice(String titleZh, String titleEn, String textZh, String textEn, LocalDate on) {
    }

    /** Units sold to and corrected at one level (cumulative). */
    public record Level(ChainLevel level, Long sold, Long corrected) {
        LevelProgress toCore() {
            return new LevelProgress(level, sold == null ? 0 : sold, corrected == null ? 0 : corrected);
        }
    }

    /** A progress (stage) report. */
    public record Progress(List<Level> levels, String note, LocalDate on) {
    }

    /** The closure with the summary report. */
    public record Closure(String summary, List<Level> levels, LocalDate on) {
    }

    /** A deadline with its legal source. */
    public record DeadlineJson(String step, LocalDate startsOn, LocalDate dueOn, LocalDate doneOn, String status,
                               boolean overdue, int count, String unit, String parameter, String legalAct,
                               String citation) {
    }

    /** One step of the timeline. */
    public record EventJson(int seq, String type, LocalDate on, String actor, String recordedAt, RecallEvent body) {
    }

    /** The completion rate at one level. */
    public record LevelJson(ChainLevel level, long sold, long corrected, BigDecimal rate) {
    }

    /** A party the recall must tell, its level of the chain and the units of the recalled lots it received. */
    public record PartyJson(String party, ChainLevel level, long units) {
    }

    /**
     * A party that received a product made from the recalled lots (a transformation: roasted, blended, repacked),
     * which must be told too: the product's GTIN and lot (null: not known by lot) and the units of it received.
     */
    public record DerivedJson(String party, ChainLevel level, String gtin, String lot, long units) {
    }

    /**
     * A recall case with its timeline, deadlines as of {@code asOf} and completion rates; its affected scope (traced
     * from the EPCIS events of the plan's GTINs and lots): the parties to tell and the units that reached each level;
     * and the parties that received products made from those lots.
     */
    public record Case(String id, String enterprise, String state, String productName, String brand, String model,
                       String gtin, LocalDate openedOn, LocalDate asOf, boolean overdue, List<DeadlineJson> deadlines,
                       List<LevelJson> completion, BigDecimal completionRate, String noticeId,
                       List<EventJson> events, List<PartyJson> partiesToNotify, Map<ChainLevel, Long> unitsByLevel,
                       List<DerivedJson> madeFromRecalledLots) {
    }

    static DeadlineJson deadline(Deadline d, String legalAct, String citation) {
        return new DeadlineJson(d.step().name(), d.startsOn(), d.dueOn(), d.doneOn(), d.status().name(), d.overdue(),
                d.count(), d.unit(), d.step().parameter(), legalAct, citation);
    }
}
