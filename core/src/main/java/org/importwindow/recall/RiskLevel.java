package org.importwindow.recall;

/** The risk level of the hazard, on the EU Safety Gate's scale (serious, high, medium, low). */
public enum RiskLevel {
    SERIOUS, HIGH, MEDIUM, LOW
}
