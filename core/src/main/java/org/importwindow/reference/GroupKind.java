package org.importwindow.reference;

/** What a country group is for. */
public enum GroupKind {
    /** Every country: TARIC's "erga omnes". */
    ERGA_OMNES,
    /** Countries whose goods are entitled to the most-favoured-nation rate (WTO members and bilateral MFN partners). */
    MFN,
    /** Members of the World Trade Organization. */
    WTO,
    /** Partners of a preferential arrangement: a trade agreement (conventional rates) or a special preference. */
    PREFERENTIAL_ARRANGEMENT,
    /** Least developed countries. */
    LEAST_DEVELOPED,
    /** Any other grouping used by statistics (e.g. Belt and Road partners). */
    OTHER
}
