package org.importwindow.server.imports;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.importwindow.tariff.load.MeasureFileError;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar importwindow.jar import-measures FILE [--legal-acts=FILE] [--footnotes=FILE] [--replace]}:
 * checks every row, stores all or nothing, shows progress on stderr, prints a summary and exits 0 (imported) or
 * 1 (errors, nothing stored) or 2 (wrong usage). The web server does not start.
 */
@Component
@Profile(MeasureImportCommand.PROFILE)
public class MeasureImportCommand implements ApplicationRunner, ExitCodeGenerator {
    public static final String NAME = "import-measures";
    public static final String PROFILE = "import-measures";
    static final String USAGE = "usage: java -jar importwindow.jar import-measures FILE [--legal-acts=FILE] "
            + "[--footnotes=FILE] [--replace]";
    static final int MAX_ERRORS_SHOWN = 200;

    private final MeasureImportService service;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    public MeasureImportCommand(MeasureImportService service) {
        this.service = service;
        this.out = System.out;
        this.err = System.err;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getNonOptionArgs();
        if (files.size() != 1) {
            err.println(USAGE);
            exitCode = 2;
            return;
        }
        Path measures = Path.of(files.get(0));
        Path acts = option(args, "legal-acts");
        Path notes = option(args, "footnotes");
        for (Path p : new Path[] {measures, acts, notes}) {
            if (p != null && !Files.isReadable(p)) {
                err.println("cannot read " + p);
                exitCode = 2;
                return;
            }
        }
        MeasureImportService.Mode mode = args.containsOption("replace") ? MeasureImportService.Mode.REPLACE
                : MeasureImportService.Mode.MERGE;
        long start = System.nanoTime();
        MeasureImportService.Outcome outcome = service.importFiles(measures, acts, notes, mode, new StderrProgress());
        err.println();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (outcome.succeeded()) {
            out.printf("Imported %d measures (%s), %d legal acts and %d footnotes from %s in %d ms.%n",
                    outcome.measures(), mode == MeasureImportService.Mode.REPLACE ? "replacing all measures"
                            : "merged by sid", outcome.legalActs(), outcome.footnotes(), measures, ms);
            exitCode = 0;
        } else {
            List<MeasureFileError> errors = outcome.errors();
            errors.stream().limit(MAX_ERRORS_SHOWN).forEach(e -> out.println(e));
            if (errors.size() > MAX_ERRORS_SHOWN) {
                out.printf("... and %d more%n", errors.size() - MAX_ERRORS_SHOWN);
            }
            out.printf("Nothing imported: %d error(s) in %s (%d rows read).%n", errors.size(), measures,
                    outcome.rowsRead());
            exitCode = 1;
        }
    }

    private static Path option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : Path.of(values.get(0));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** A one-line progress display on stderr, redrawn at most every whole percent or 10,000 rows. */
    private final class StderrProgress implements MeasureImportService.Progress {
        private long lastShown = -1;

        @Override
        public void checked(long rows, long total) {
            long step = total > 0 ? Math.max(1, total / 100) : 10_000;
            if (rows / step != lastShown || rows == total) {
                lastShown = rows / step;
                err.print(total > 0 ? String.format("\rchecking rows: %d / %d (%d%%)", rows, total, rows * 100 / total)
                        : String.format("\rchecking rows: %d", rows));
            }
        }

        @Override
        public void stored(int rows, int total) {
            err.print(String.format("\rstoring measures: %d / %d (%d%%)   ", rows, total,
                    total == 0 ? 100 : rows * 100L / total));
        }
    }
}
