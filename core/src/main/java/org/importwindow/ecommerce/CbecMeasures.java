package org.importwindow.ecommerce;

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
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.Footnote;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.load.BundledMeasures;
import org.importwindow.tariff.load.ImportContext;
import org.importwindow.tariff.load.ImportResult;
import org.importwindow.tariff.load.MeasureFileError;
import org.importwindow.tariff.load.MeasureFileException;
import org.importwindow.tariff.load.MeasureImport;

/**
 * The cross-border e-commerce measures shipped with the core: the positive list ({@value #POSITIVE_LIST}). They are
 * read by the same importer, with the same checks, as every bundled measure file. Until
 * {@link BundledMeasures#MEASURE_FILES} lists the file itself, {@link #withPositiveList} adds it to a bundle (and
 * adds nothing when the bundle already has its measures, so both ways can coexist).
 */
public final class CbecMeasures {
    public static final String POSITIVE_LIST = "/law/measures/cbec-positive-list.csv";

    private CbecMeasures() {
    }

    /**
     * The bundled positive-list measures, checked against the nomenclature and reference data when given (either may
     * be null) and the bundled legal acts. Throws {@link MeasureFileException} naming the row when one is wrong.
     */
    public static List<Measure> positiveList(Nomenclature nomenclature, ReferenceData reference) {
        Set<String> acts = new HashSet<>();
        BundledMeasures.legalActs().forEach(a -> acts.add(a.id()));
        Set<String> notes = new HashSet<>();
        BundledMeasures.footnotes().forEach(f -> notes.add(f.id()));
        ImportContext context = new ImportContext(nomenclature, reference, acts, notes, null, null, -1);
        InputStream in = CbecMeasures.class.getResourceAsStream(POSITIVE_LIST);
        if (in == null) {
            throw new IllegalStateException("bundled file missing from the classpath: " + POSITIVE_LIST);
        }
        ImportResult result;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            result = MeasureImport.read(reader, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!result.isValid()) {
            throw new MeasureFileException(result.errors().stream().map(e -> new MeasureFileError(e.row(), e.column(),
                    e.code(), POSITIVE_LIST + ": " + e.message())).toList());
        }
        return result.measures();
    }

    /** The bundle with the positive-list measures added, unless their sids are already in it. */
    public static BundledMeasures.Bundle withPositiveList(BundledMeasures.Bundle bundle, Nomenclature nomenclature,
                                                          ReferenceData reference) {
        Set<Long> sids = new HashSet<>();
        bundle.measures().forEach(m -> sids.add(m.sid()));
        List<Measure> all = new ArrayList<>(bundle.measures());
        for (Measure m : positiveList(nomenclature, reference)) {
            if (!sids.contains(m.sid())) {
                all.add(m);
            }
        }
        List<LegalAct> acts = bundle.legalActs();
        List<Footnote> notes = bundle.footnotes();
        return new BundledMeasures.Bundle(all, acts, notes);
    }
}
