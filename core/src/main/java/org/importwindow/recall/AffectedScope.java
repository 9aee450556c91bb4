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

    /**
     * The consignments of products made from the product's lots (EPCIS transformation events: roasted, blended,
     * repacked under another GTIN), each under its own GTIN and lot, and of products made from those in turn. Their
     * receivers must be told as well; their units are not the recalled product's, so they count in no completion
     * rate. Empty for a scope given as data.
     */
    default List<Consignment> derivedConsignments(String gtin, List<String> lots) {
        return List.of();
    }

    /** A scope given as data. */
    static AffectedScope of(List<Consignment> consignments) {
        List<Consignment> all = List.copyOf(consignments);
        return (gtin, lots) -> all.stream()
                .filter(c -> gtin == null || gtin.equals(c.gtin()))
                .filter(c -> lots == null || lots.isEmpty() || lots.contains(c.lot()))
                .toList();
    }

    /**
     * Units that reached each level of the chain, for the plan's products and lots. The importer's units are the
     * plan's quantity of the product; only where the plan gives none do the consignments to the importer (a traced
     * import receipt) stand in, so an import is not counted twice.
     */
    static Map<ChainLevel, Long> unitsByLevel(AffectedScope scope, RecallPlan plan) {
        Map<ChainLevel, Long> out = new EnumMap<>(ChainLevel.class);
        for (RecalledProduct p : plan.products()) {
            if (p.quantity() > 0) {
                out.merge(ChainLevel.IMPORTER, p.quantity(), Long::sum);
            }
            for (Consignment c : scope.consignments(p.gtin(), p.lots())) {
                if (c.toLevel() != ChainLevel.IMPORTER || p.quantity() <= 0) {
                    out.merge(c.toLevel(), c.quantity(), Long::sum);
                }
            }
        }
        return out;
    }

    /**
     * The parties to tell ({@link #partiesToNotify}, in the same order) with their level and the units of the plan's
     * lots each received; a party met at two levels (data scopes may say so) is listed once per level.
     */
    static List<PartyToNotify> partiesWithUnits(AffectedScope scope, RecallPlan plan) {
        return parties(plan, scope::consignments);
    }

    private static List<PartyToNotify> parties(RecallPlan plan,
                                               java.util.function.BiFunction<String, List<String>, List<Consignment>> of) {
        Map<String, Map<ChainLevel, Long>> units = new java.util.LinkedHashMap<>();
        for (RecalledProduct p : plan.products()) {
            for (Consignment c : of.apply(p.gtin(), p.lots())) {
                if (c.toLevel() != ChainLevel.CONSUMER) {
                    units.computeIfAbsent(c.to(), k -> new EnumMap<>(ChainLevel.class))
                            .merge(c.toLevel(), c.quantity(), Long::sum);
                }
            }
        }
        List<PartyToNotify> out = new java.util.ArrayList<>();
        units.forEach((party, levels) -> levels.forEach((level, n) -> out.add(new PartyToNotify(party, level, n))));
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
