package org.importwindow.server.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar importwindow.jar import-exchange-rates FILE}: loads an official customs rate table
 * (docs/exchange-rates.md) into the database, all or nothing, and exits 0 (stored), 1 (errors, nothing stored) or
 * 2 (wrong usage). The web server does not start; a running server picks the rates up at its next start.
 */
@Component
@Profile(ExchangeRateImportCommand.PROFILE)
public class ExchangeRateImportCommand implements ApplicationRunner, ExitCodeGenerator {
    public static final String NAME = "import-exchange-rates";
    public static final String PROFILE = "import-exchange-rates";
    static final String USAGE = "usage: java -jar importwindow.jar import-exchange-rates FILE";

    private final ExchangeRateImportService service;
    private int exitCode;

    public ExchangeRateImportCommand(ExchangeRateImportService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getNonOptionArgs();
        if (files.size() != 1 || !Files.isReadable(Path.of(files.get(0)))) {
            System.err.println(files.size() == 1 ? "cannot read " + files.get(0) : USAGE);
            exitCode = 2;
            return;
        }
        ExchangeRateImportService.Outcome outcome = service.importFile(Path.of(files.get(0)));
        if (outcome.succeeded()) {
            System.out.printf("Stored %d official customs rates from %s.%n", outcome.stored(), files.get(0));
            exitCode = 0;
        } else {
            outcome.errors().forEach(System.out::println);
            System.out.printf("Nothing stored: %d error(s) in %s.%n", outcome.errors().size(), files.get(0));
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
