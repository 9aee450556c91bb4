package org.importwindow.recall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Progress at one level of the chain: units that reached that level (sold to it) and units recovered or remedied
 * there, the two numbers of the CPSC's correction rate.
 */
public record LevelProgress(ChainLevel level, long sold, long corrected) {

    /** corrected / sold to four places; empty when nothing was sold at this level. */
    public Optional<BigDecimal> rate() {
        if (sold <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(corrected).divide(BigDecimal.valueOf(sold), 4, RoundingMode.HALF_UP));
    }
}
