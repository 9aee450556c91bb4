package org.importwindow.tariff.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.Footnote;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.duty.DutyExpression;

/**
 * Checks a measure file without importing it:
 * {@code java -cp core.jar org.importwindow.tariff.load.MeasureCheckCli FILE [--legal-acts F] [--footnotes F]}.
 * Codes and areas are checked against the bundled nomenclature and reference data.
 * Legal acts and footnotes default to the bundled ones (a given file is added to them). Progress goes to stderr,
 * each error with its row to stdout. Exit code 0 when the file is valid, 1 when it has errors, 2 on bad usage.
 */
public final class MeasureCheckCli {
    private MeasureCheckCli() {
    }

    public static void main(String[] args) {
        Nomenclature nomenclature = null;
        ReferenceData referenceData = null;
        try {
            nomenclature = NomenclatureLoader.loadBundled();
            referenceData = ReferenceDataLoader.loadBundled();
        } catch (RuntimeException e) {
            System.err.println("note: bundled nomenclature or reference data not loaded: " + e.getMessage());
        }
        System.exit(run(args, System.out, System.err, DutyExpression::parse, nomenclature, referenceData));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Function<String, DutyExpression> parser,
                   Nomenclature nomenclature, ReferenceData referenceData) {
        Path file = null;
        Path legalActs = null;
        Path footnotes = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--legal-acts" -> legalActs = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--footnotes" -> footnotes = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "-h", "--help" -> {
                    usage(out);
                    return 0;
                }
                default -> {
                    if (file != null || args[i].startsWith("--")) {
                        usage(err);
                        return 2;
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null || !Files.isReadable(file)) {
            err.println(file == null ? "no measure file given" : "cannot read " + file);
            usage(err);
            return 2;
        }
        Set<String> actIds = new HashSet<>();
        Set<String> noteIds = new HashSet<>();
        try {
            BundledMeasures.legalActs().forEach(a -> actIds.add(a.id()));
            BundledMeasures.footnotes().forEach(f -> noteIds.add(f.id()));
            if (legalActs != null) {
                try (Reader in = Files.newBufferedReader(legalActs, StandardCharsets.UTF_8)) {
                    LegalActFile.read(in).stream().map(LegalAct::id).forEach(actIds::add);
                }
            }
            if (footnotes != null) {
                try (Reader in = Files.newBufferedReader(footnotes, StandardCharsets.UTF_8)) {
                    FootnoteFile.read(in).stream().map(Footnote::id).forEach(noteIds::add);
                }
            }
        } catch (MeasureFileException e) {
            e.errors().forEach(x -> out.println(x));
            return 1;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (nomenclature == null || referenceData == null) {
            err.println("note: " + (nomenclature == null ? "no nomenclature" : "")
                    + (nomenclature == null && referenceData == null ? " and " : "")
                    + (referenceData == null ? "no reference data" : "")
                    + " available; those columns are checked for form only");
        }
        ProgressBar bar = new ProgressBar(err);
        ImportContext context = new ImportContext(nomenclature, referenceData, actIds, noteIds, parser, bar, -1);
        long start = System.nanoTime();
        ImportResult result = MeasureImport.read(file, context);
        bar.finish();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.isValid()) {
            out.printf("%s: %d measures, all valid (%d ms)%n", file, result.measures().size(), millis);
            return 0;
        }
        for (MeasureFileError e : result.errors()) {
            out.println(file + ": " + e);
        }
        out.printf("%s: %d error(s) in %d rows; nothing would be imported%n", file, result.errors().size(),
                result.rowsRead());
        return 1;
    }

    private static void usage(PrintStream s) {
        s.println("usage: MeasureCheckCli FILE [--legal-acts LEGAL_ACTS.csv] [--footnotes FOOTNOTES.csv]");
        s.println("checks a measure file (docs/measure-file-format.md); exit 0 valid, 1 errors, 2 usage");
    }

    /** A one-line bar redrawn in place on stderr. */
    static final class ProgressBar implements ProgressListener {
        private final PrintStream err;
        private int lastPercent = -1;

        ProgressBar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(long done, long total) {
            int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : 0;
            if (percent == lastPercent && total > 0) {
                return;
            }
            lastPercent = percent;
            int filled = percent / 5;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + percent + "% " + done
                    + (total > 0 ? "/" + total : "") + " rows");
            err.flush();
        }

        void finish() {
            err.println();
        }
    }
}
