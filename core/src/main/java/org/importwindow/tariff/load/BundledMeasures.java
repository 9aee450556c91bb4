package org.importwindow.tariff.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.Footnote;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.duty.DutyExpression;

/**
 * The measures shipped in core's resources under {@code law/}: the 2026 tariff sample, consumption tax and VAT,
 * the demo non-tariff measures (SPS market access, a prohibition, licences; sids 4,000,000+; demo data),
 * with their legal acts and footnotes. Every file goes through the same importer and checks as an uploaded one.
 */
public final class BundledMeasures {
    public static final String LEGAL_ACTS = "/law/legal-acts.csv";
    public static final List<String> MEASURE_FILES = List.of("/law/measures/cn-tariff-2026.csv",
            "/law/measures/consumption-tax.csv", "/law/measures/vat.csv",
            "/law/measures/demo-non-tariff.csv", "/law/measures/cbec-positive-list.csv");
    public static final List<String> FOOTNOTE_FILES = List.of("/law/measures/footnotes/cn-tariff-2026.csv",
            "/law/measures/footnotes/taxes.csv");

    /** Everything bundled, checked. */
    public record Bundle(List<Measure> measures, List<LegalAct> legalActs, List<Footnote> footnotes) {
        public TariffSchedule schedule(Nomenclature nomenclature) {
            return new TariffSchedule(nomenclature, measures, legalActs, footnotes);
        }
    }

    private BundledMeasures() {
    }

    /** Loads and checks the bundled files with the real duty expression parser. */
    public static Bundle load(Nomenclature nomenclature, ReferenceData referenceData) {
        return load(nomenclature, referenceData, DutyExpression::parse);
    }

    /**
     * Loads and checks the bundled files; nomenclature and reference data may be null (then codes and areas are
     * checked for form only). Throws {@link MeasureFileException} naming file and row when anything is wrong.
     */
    public static Bundle load(Nomenclature nomenclature, ReferenceData referenceData,
                              Function<String, DutyExpression> parser) {
        List<LegalAct> acts = legalActs();
        List<Footnote> notes = footnotes();
        Set<String> actIds = new HashSet<>();
        acts.forEach(a -> actIds.add(a.id()));
        Set<String> noteIds = new HashSet<>();
        notes.forEach(f -> noteIds.add(f.id()));
        ImportContext context = new ImportContext(nomenclature, referenceData, actIds, noteIds, parser, null, -1);
        List<Measure> measures = new ArrayList<>();
        Set<Long> sids = new HashSet<>();
        for (String file : MEASURE_FILES) {
            ImportResult result;
            try (Reader in = open(file)) {
                result = MeasureImport.read(in, context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!result.isValid()) {
                throw new MeasureFileException(result.errors().stream().map(e -> new MeasureFileError(e.row(),
                        e.column(), e.code(), file + ": " + e.message())).toList());
            }
            for (Measure m : result.measures()) {
                if (!sids.add(m.sid())) {
                    throw new MeasureFileException(List.of(new MeasureFileError(0, MeasureFileFormat.SID,
                            MeasureRule.DUPLICATE_SID, file + ": sid " + m.sid() + " is used by another bundled file")));
                }
            }
            measures.addAll(result.measures());
        }
        return new Bundle(measures, acts, notes);
    }

    public static List<LegalAct> legalActs() {
        try (Reader in = open(LEGAL_ACTS)) {
            return LegalActFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Footnote> footnotes() {
        List<Footnote> all = new ArrayList<>();
        for (String file : FOOTNOTE_FILES) {
            try (Reader in = open(file)) {
                all.addAll(FootnoteFile.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** The measures of one type, e.g. to list the VAT rules. */
    public static List<Measure> ofType(Bundle bundle, MeasureType type) {
        return bundle.measures().stream().filter(m -> m.type() == type).toList();
    }

    static Reader open(String resource) {
        InputStream in = BundledMeasures.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled file missing from the classpath: " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
