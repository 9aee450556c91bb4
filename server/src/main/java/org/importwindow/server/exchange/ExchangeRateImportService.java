package org.importwindow.server.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.exchange.ExchangeRate;
import org.importwindow.exchange.ExchangeRateException;
import org.importwindow.exchange.OfficialRateTable;
import org.importwindow.server.ImportWindowProperties;
import org.importwindow.server.tariff.CatalogueBuilder;
import org.importwindow.server.tariff.TariffCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads an official customs rate table (docs/exchange-rates.md): the whole file is checked first and nothing is
 * stored if any row is wrong; otherwise each rate replaces the stored one of its currency and month (ECB-derived or
 * approximated) in one transaction, and the tariff catalogue is rebuilt so assessments use it at once.
 */
@Service
public class ExchangeRateImportService {

    /** The result: rates stored, or every error found (nothing stored). */
    public record Outcome(int stored, List<String> errors) {
        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    private final ExchangeRateStore store;
    private final TransactionTemplate tx;
    private final CatalogueBuilder builder;
    private final TariffCatalogue catalogue;
    private final ImportWindowProperties properties;

    public ExchangeRateImportService(ExchangeRateStore store, TransactionTemplate tx, CatalogueBuilder builder,
                                     TariffCatalogue catalogue, ImportWindowProperties properties) {
        this.store = store;
        this.tx = tx;
        this.builder = builder;
        this.catalogue = catalogue;
        this.properties = properties;
    }

    public Outcome importFile(Path file) {
        OfficialRateTable table;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table = OfficialRateTable.load(in, file.getFileName().toString());
        } catch (ExchangeRateException e) {
            return new Outcome(0, e.errors().isEmpty() ? List.of(e.getMessage()) : e.errors());
        } catch (IOException e) {
            return new Outcome(0, List.of("FX-000: cannot read " + file + ": " + e.getMessage()));
        }
        List<ExchangeRate> rates = new ArrayList<>(table.all());
        tx.executeWithoutResult(status -> store.replace(rates, properties.seed().batchSize()));
        builder.refresh(catalogue);
        return new Outcome(rates.size(), List.of());
    }
}
