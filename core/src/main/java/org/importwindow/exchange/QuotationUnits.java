package org.importwindow.exchange;

import static org.importwindow.reference.load.BundledResources.get;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.importwindow.reference.load.BundledResources;

/** How many units of a currency a customs rate is quoted for (1, or 100 e.g. for JPY): data/fx-quotation-units.csv. */
final class QuotationUnits {
    static final String FILE = "fx-quotation-units.csv";

    private QuotationUnits() {
    }

    static Map<String, Integer> bundled() {
        Map<String, Integer> per = new HashMap<>();
        for (CSVRecord r : BundledResources.read(BundledResources.open(FILE), FILE)) {
            per.put(get(r, "currency"), Integer.parseInt(get(r, "per")));
        }
        return Map.copyOf(per);
    }
}
