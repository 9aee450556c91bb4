package org.importwindow.recall;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which lots of a recalled product went to which parties in which quantities. Today the importer gives it as data
 * ({@link #of(List)}); the EPCIS trace (server {@code org.importwindow.server.traceability.TraceService}) plugs in
 * behind this same interface by answering a product's shipping events forward from the import declaration.
 */
public interface AffectedScope {

    /** The consignments of the product's lots (all of them when {@code lots} is empty). */
    List<Consignment> consignments(String gtin, List<String> lots);

    /** A scope given as data. */
    static AffectedScope of(List<Consignment> consignments) {
        List<Consignment> all = List.copyOf(consignments);
        return (gtin, lots) -> all.stream()
                .filter(c -> gtin == null || gtin.equals(c.gtin()))
                .filter(c -> lots == null || lots.isEmpty() || lots.contains(c.lot()))
                .toList();
    }

    /** Units that reached each level of the chain, for the plan's products and lots. */
    static Map<ChainLevel, Long> unitsByLevel(AffectedScope scope, RecallPlan plan) {
        Map<ChainLevel, Long> out = new EnumMap<>(ChainLevel.class);
        for (RecalledProduct p : plan.products()) {
            out.merge(ChainLevel.IMPORTER, p.quantity(), Long::sum);
            for (Consignment c : scope.consignments(p.gtin(), p.lots())) {
                out.merge(c.toLevel(), c.quantity(), Long::sum);
            }
        }
        return out;
    }

    /** The parties that received the plan's products and must be told of the recall, in order of first shipment. */
    static Set<String> partiesToNotify(AffectedScope scope, RecallPlan plan) {
        Set<String> out = new LinkedHashSet<>();
        for (RecalledProduct p : plan.products()) {
            for (Consignment c : scope.consignments(p.gtin(), p.lots())) {
                if (c.toLevel() != ChainLevel.CONSUMER) {
                    out.add(c.to());
                }
            }
        }
        return out;
    }
}
