package org.importwindow.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Legal numbers (rates, limits, thresholds, day counts) as dated values with citations, loaded from the YAML files
 * under {@code law/} on the classpath. Never literals in code.
 */
public interface LegalParameters {

    /** The value of parameter {@code id} in force on {@code date}; throws when none is. */
    BigDecimal value(String id, LocalDate date);
}
