package org.importwindow.reference;

/** Kinds of preferential tariff arrangement in the tariff book. */
public enum ArrangementCategory {
    /** A trade agreement: conventional (协定) rates. */
    CONVENTIONAL,
    /** A unilateral special preference: special preferential (特惠) rates. */
    SPECIAL
}
