package org.importwindow.tariff.load;

import java.util.Set;
import java.util.function.Function;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.duty.DutyExpression;

/**
 * What rows are checked against. Every part is optional: without a nomenclature codes are only checked for form;
 * without reference data areas are checked for form (a 2-letter country code or a group id) and arrangements
 * against {@link #DEFAULT_ARRANGEMENTS}; without legal act or footnote ids those columns are only checked for form.
 *
 * @param parser      turns duty expression text into an expression; {@link DutyExpression#parse} by default
 * @param legalActs   ids of known legal acts, or null to accept any non-blank id
 * @param footnotes   ids of known footnotes, or null to accept any non-blank id
 * @param totalRows   number of measure rows, when known, for progress; -1 otherwise
 */
public record ImportContext(Nomenclature nomenclature, ReferenceData referenceData, Set<String> legalActs,
                            Set<String> footnotes, Function<String, DutyExpression> parser,
                            ProgressListener progress, long totalRows) {

    /** The tariff book's conventional codes and the special preferential codes (CONTEXT conventions). */
    public static final Set<String> DEFAULT_ARRANGEMENTS = Set.of("AP", "AS", "CL", "PK", "NZ", "SG", "PE", "CR",
            "CH", "IS", "KR", "AU", "GE", "MU", "ASR", "AUR", "JPR", "KRR", "NZR", "KH", "NI", "EC", "RS", "HN", "MV",
            "HK", "MO", "TW", "LD", "AP-S", "KH-S", "LA-S", "MM-S");

    public ImportContext {
        parser = parser == null ? DutyExpression::parse : parser;
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Checks form only, parsing expressions with {@link DutyExpression#parse}. */
    public static ImportContext lenient() {
        return new ImportContext(null, null, null, null, null, null, -1);
    }

    public ImportContext withNomenclature(Nomenclature n) {
        return new ImportContext(n, referenceData, legalActs, footnotes, parser, progress, totalRows);
    }

    public ImportContext withReferenceData(ReferenceData r) {
        return new ImportContext(nomenclature, r, legalActs, footnotes, parser, progress, totalRows);
    }

    public ImportContext withLegalActs(Set<String> ids) {
        return new ImportContext(nomenclature, referenceData, ids, footnotes, parser, progress, totalRows);
    }

    public ImportContext withFootnotes(Set<String> ids) {
        return new ImportContext(nomenclature, referenceData, legalActs, ids, parser, progress, totalRows);
    }

    public ImportContext withParser(Function<String, DutyExpression> p) {
        return new ImportContext(nomenclature, referenceData, legalActs, footnotes, p, progress, totalRows);
    }

    public ImportContext withProgress(ProgressListener listener, long total) {
        return new ImportContext(nomenclature, referenceData, legalActs, footnotes, parser, listener, total);
    }
}
