package org.importwindow.server.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.importwindow.exchange.EcbCustomsRates;
import org.importwindow.exchange.ExchangeRate;
import org.importwindow.law.DatedParameters;
import org.importwindow.law.LegalParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.Footnote;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.load.FootnoteFile;
import org.importwindow.tariff.load.ImportContext;
import org.importwindow.tariff.load.ImportResult;
import org.importwindow.tariff.load.LegalActFile;
import org.importwindow.tariff.load.MeasureFileException;
import org.importwindow.tariff.load.MeasureImport;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The bundled data read with the core's loaders: nomenclature, reference data, {@code law/legal-acts.csv}, every
 * footnote file under {@code law/measures/footnotes/} and every measure file {@code law/measures/*.csv} (each checked
 * by the core importer, all or nothing), and the monthly customs exchange rates.
 */
@Component
public class CoreBundledDataSource implements BundledDataSource {
    static final String LEGAL_ACTS = "classpath:law/legal-acts.csv";
    static final String FOOTNOTES = "classpath*:law/measures/footnotes/*.csv";
    static final String MEASURES = "classpath*:law/measures/*.csv";

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private volatile LegalParameters parameters;

    @Override
    public BundledData data() {
        Nomenclature nomenclature = NomenclatureLoader.loadBundled();
        ReferenceData reference = ReferenceDataLoader.loadBundled();
        List<LegalAct> acts = new ArrayList<>();
        for (Resource r : find(LEGAL_ACTS)) {
            acts.addAll(read(r, LegalActFile::read));
        }
        List<Footnote> footnotes = new ArrayList<>();
        for (Resource r : find(FOOTNOTES)) {
            footnotes.addAll(read(r, FootnoteFile::read));
        }
        Set<String> actIds = new HashSet<>();
        acts.forEach(a -> actIds.add(a.id()));
        Set<String> noteIds = new HashSet<>();
        footnotes.forEach(f -> noteIds.add(f.id()));
        ImportContext context = ImportContext.lenient().withNomenclature(nomenclature).withReferenceData(reference)
                .withLegalActs(actIds).withFootnotes(noteIds);
        List<Measure> measures = new ArrayList<>();
        for (Resource r : find(MEASURES)) {
            try (InputStream in = r.getInputStream()) {
                ImportResult result = MeasureImport.read(in, context);
                if (!result.isValid()) {
                    throw new IllegalStateException("bundled measure file " + r.getFilename() + " is wrong: "
                            + new MeasureFileException(result.errors()).getMessage());
                }
                measures.addAll(result.measures());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + r, e);
            }
        }
        return new BundledData(nomenclature, reference, acts, footnotes, measures, exchangeRates());
    }

    /** The customs rate of every month the bundled ECB reference rates cover (third-Wednesday rule). */
    List<ExchangeRate> exchangeRates() {
        return List.copyOf(org.importwindow.exchange.LayeredCustomsExchangeRates.bundledRates());
    }

    @Override
    public LegalParameters legalParameters() {
        LegalParameters p = parameters;
        if (p == null) {
            p = DatedParameters.loadBundled();
            parameters = p;
        }
        return p;
    }

    private Resource[] find(String pattern) {
        try {
            Resource[] found = resources.getResources(pattern);
            Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return found;
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + pattern, e);
        }
    }

    private interface ReaderFunction<T> {
        List<T> apply(Reader in);
    }

    private static <T> List<T> read(Resource r, ReaderFunction<T> reader) {
        try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + r, e);
        }
    }
}
