package org.importwindow.recall;

import java.time.LocalDate;
import java.util.List;

/** A realistic imported product and plan for the scenarios: a child car seat from Germany. */
final class RecallFixtures {
    static final String IMPORTER = "91310115MA1K4DEM05";
    static final String GTIN = "04006381333931";

    private RecallFixtures() {
    }

    static RecalledProduct carSeat() {
        return new RecalledProduct("Child car seat", "Kinderfahrt", "KF-200", GTIN, List.of("L2403", "L2404"),
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 10),
                LocalDate.of(2024, 6, 20), 1200, "9401200000", "DE");
    }

    static RecallPlan plan(LocalDate confirmedOn, LocalDate completion) {
        return new RecallPlan(List.of(carSeat()), "The harness buckle can open under load",
                "A child may be thrown from the seat in a crash", RiskLevel.SERIOUS, Remedy.REPLACE, confirmedOn,
                completion, "400-820-0000");
    }

    static RecallEvent.DefectReported defect(LocalDate on, LocalDate discovered, boolean serious, LocalDate confirmed) {
        return new RecallEvent.DefectReported(on, "declarant-a", IMPORTER, "Child car seat", GTIN, "KF-200",
                "Buckle opens in the manufacturer's crash test", discovered, serious, confirmed);
    }

    static RecallEvent.RecallPlanSubmitted planSubmitted(LocalDate on, LocalDate confirmedOn, LocalDate completion) {
        return new RecallEvent.RecallPlanSubmitted(on, "declarant-a", IMPORTER, plan(confirmedOn, completion));
    }

    static RecallEvent.RecallNoticePublished notice(LocalDate on) {
        return new RecallEvent.RecallNoticePublished(on, "declarant-a", "关于召回部分儿童安全座椅的公告",
                "Recall of Kinderfahrt KF-200 child car seats", "卡扣在受力时可能打开。", "The buckle may open under load.");
    }

    static RecallEvent.ProgressReported progress(LocalDate on, long consumersCorrected) {
        return new RecallEvent.ProgressReported(on, "declarant-a", List.of(
                new LevelProgress(ChainLevel.IMPORTER, 1200, 300),
                new LevelProgress(ChainLevel.RETAILER, 500, 200),
                new LevelProgress(ChainLevel.CONSUMER, 700, consumersCorrected)), null);
    }
}
