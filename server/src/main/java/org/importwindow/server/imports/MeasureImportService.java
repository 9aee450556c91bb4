package org.importwindow.server.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.importwindow.server.ImportWindowProperties;
import org.importwindow.server.tariff.CatalogueBuilder;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.server.tariff.TariffStore;
import org.importwindow.tariff.Footnote;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.load.FootnoteFile;
import org.importwindow.tariff.load.ImportContext;
import org.importwindow.tariff.load.ImportResult;
import org.importwindow.tariff.load.LegalActFile;
import org.importwindow.tariff.load.MeasureFileError;
import org.importwindow.tariff.load.MeasureFileException;
import org.importwindow.tariff.load.MeasureImport;
import org.importwindow.tariff.load.ProgressListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a measure file (with optional legal acts and footnotes files): the core importer checks every row against
 * the catalogue's nomenclature, geography, legal acts and footnotes; only when every row is right are the measures
 * stored, in batches, in one transaction, and the catalogue rebuilt and swapped.
 */
@Service
public class MeasureImportService {

    /** What the import is to do with the measures already stored. */
    public enum Mode {
        /** Replace the measures with the same sid and add the others (default). */
        MERGE,
        /** Delete every stored measure first: the file is the whole schedule. */
        REPLACE
    }

    /** The outcome: either the counts stored or every error found (nothing stored). */
    public record Outcome(int measures, int legalActs, int footnotes, long rowsRead, List<MeasureFileError> errors) {
        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /** Told how far the import has got. */
    public interface Progress {
        void checked(long rows, long total);

        void stored(int rows, int total);
    }

    private final TariffCatalogue catalogue;
    private final CatalogueBuilder builder;
    private final TariffStore store;
    private final TransactionTemplate tx;
    private final ImportWindowProperties properties;

    public MeasureImportService(TariffCatalogue catalogue, CatalogueBuilder builder, TariffStore store,
                                TransactionTemplate tx, ImportWindowProperties properties) {
        this.catalogue = catalogue;
        this.builder = builder;
        this.store = store;
        this.tx = tx;
        this.properties = properties;
    }

    public Outcome importFiles(Path measures, Path legalActs, Path footnotes, Mode mode, Progress progress) {
        List<LegalAct> acts;
        List<Footnote> notes;
        try {
            acts = legalActs == null ? List.of() : readLegalActs(legalActs);
            notes = footnotes == null ? List.of() : readFootnotes(footnotes);
        } catch (MeasureFileException e) {
            return new Outcome(0, 0, 0, 0, e.errors());
        } catch (IOException e) {
            return new Outcome(0, 0, 0, 0, List.of(new MeasureFileError(0, "", "MSR-000",
                    "cannot read " + e.getMessage())));
        }
        TariffCatalogue.Snapshot now = catalogue.current();
        Set<String> actIds = new HashSet<>();
        now.schedule().legalActs().forEach(a -> actIds.add(a.id()));
        acts.forEach(a -> actIds.add(a.id()));
        Set<String> noteIds = new HashSet<>();
        now.schedule().footnotes().forEach(f -> noteIds.add(f.id()));
        notes.forEach(f -> noteIds.add(f.id()));
        ProgressListener listener = progress::checked;
        ImportContext context = ImportContext.lenient()
                .withNomenclature(now.schedule().nomenclature())
                .withReferenceData(now.reference())
                .withLegalActs(actIds)
                .withFootnotes(noteIds)
                .withProgress(listener, -1);
        ImportResult result = MeasureImport.read(measures, context);
        if (!result.isValid()) {
            return new Outcome(0, 0, 0, result.rowsRead(), result.errors());
        }
        store(result.measures(), acts, notes, mode, measures.getFileName().toString(),
                n -> progress.stored(n, result.measures().size()));
        return new Outcome(result.measures().size(), acts.size(), notes.size(), result.rowsRead(), List.of());
    }

    /** Store checked measures in one transaction, then rebuild the catalogue from the database and swap it in. */
    public void store(List<Measure> measures, List<LegalAct> acts, List<Footnote> notes, Mode mode, String fileName,
                      IntConsumer progress) {
        int batch = properties.seed().batchSize();
        tx.executeWithoutResult(status -> {
            store.upsertLegalActs(acts, batch);
            store.upsertFootnotes(notes, batch);
            if (mode == Mode.REPLACE) {
                store.deleteAllMeasures();
            } else {
                store.deleteMeasures(measures, batch);
            }
            store.insertMeasures(measures, batch, progress);
            store.recordImport(fileName, mode.name(), measures.size(), acts.size(), notes.size());
        });
        builder.refresh(catalogue);
    }

    private static List<LegalAct> readLegalActs(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return LegalActFile.read(in);
        }
    }

    private static List<Footnote> readFootnotes(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return FootnoteFile.read(in);
        }
    }
}
