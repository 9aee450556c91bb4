package org.importwindow.recall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recall's completion (correction) rate at each level of the chain, as the US CPSC measures it: units recovered
 * or remedied at the level divided by the units that reached it. The reported figures come from the producer's
 * progress reports; where a level's "sold" is missing, the affected scope's units at that level stand in.
 */
public final class CompletionRate {

    private CompletionRate() {
    }

    /** One line per level with units (in the order IMPORTER, DISTRIBUTOR, RETAILER, CONSUMER). */
    public static List<LevelProgress> byLevel(RecallCase c, Map<ChainLevel, Long> scopeUnits) {
        Map<ChainLevel, LevelProgress> reported = new EnumMap<>(ChainLevel.class);
        for (LevelProgress l : c.progress()) {
            reported.put(l.level(), l);
        }
        List<LevelProgress> out = new ArrayList<>();
        for (ChainLevel level : ChainLevel.values()) {
            LevelProgress r = reported.get(level);
            long scope = scopeUnits == null ? 0 : scopeUnits.getOrDefault(level, 0L);
            if (r != null) {
                out.add(r.sold() > 0 ? r : new LevelProgress(level, scope, r.corrected()));
            } else if (scope > 0) {
                out.add(new LevelProgress(level, scope, 0));
            }
        }
        return out;
    }

    /** Units corrected anywhere in the chain over the units imported (the IMPORTER level's), when any were. */
    public static Optional<BigDecimal> overall(List<LevelProgress> levels) {
        long sold = 0;
        long corrected = 0;
        for (LevelProgress l : levels) {
            corrected += l.corrected();
            if (l.level() == ChainLevel.IMPORTER) {
                sold = Math.max(sold, l.sold());
            }
        }
        if (sold <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(Math.min(corrected, sold))
                .divide(BigDecimal.valueOf(sold), 4, RoundingMode.HALF_UP));
    }
}
