package org.importwindow.bench.epcis;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The events of one imported lot from the port to the shops, as an importer, its distributors and their retailers
 * would capture them (CBV 2.0 business steps), in the order they happen:
 * <ol>
 * <li>the lot received at the importer's bonded warehouse after clearance (ObjectEvent ADD, {@code receiving}, the lot
 * as a quantity of its class {@code lgtin}, with the customs declaration as business transaction);</li>
 * <li>per pallet: packed (AggregationEvent ADD, parent an SSCC, the lot's quantity as child), shipped to one of the
 * distributors ({@code shipping}, owning-party source and destination), received there ({@code receiving}), unpacked
 * (AggregationEvent DELETE);</li>
 * <li>per case made from the pallet: packed, shipped to a retailer, received, unpacked, and its units sold one
 * sale at a time ({@code retail_selling}, ObjectEvent OBSERVE of the lot's quantity).</li>
 * </ol>
 * Events: {@code 1 + pallets x (4 + cases x (4 + sales))}; 20 x 25 x 16 gives 10,081. Every identifier is a valid
 * EPC URI of GS1 company prefix {@code 4012345} (7 digits) or of the distributor's or retailer's own prefix.
 */
public final class LotSupplyChain {
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final String IMPORTER_PREFIX = "4012345";
    /** Lots that can be made with SSCCs of their own (10-digit serial references). */
    public static final int MAX_LOTS = 100_000;
    private static final long SSCCS_PER_LOT = 100_000L;

    private final int lotIndex;
    private final int pallets;
    private final int cases;
    private final int sales;
    private final Instant start;
    private final SplittableRandom random;

    /**
     * @param lotIndex which lot (its number, its SSCCs and its parties' choice follow from it)
     * @param pallets  pallets the lot is shipped on
     * @param cases    cases each pallet is repacked into at the distributor
     * @param sales    retail sales from each case
     * @param start    when the lot is received at the importer
     */
    public LotSupplyChain(int lotIndex, int pallets, int cases, int sales, Instant start) {
        if (lotIndex < 0 || lotIndex >= MAX_LOTS || (long) pallets * (1 + cases) > SSCCS_PER_LOT) {
            throw new IllegalArgumentException("lot " + lotIndex + " of " + pallets + " x " + cases
                    + " would share SSCCs with another lot");
        }
        this.lotIndex = lotIndex;
        this.pallets = pallets;
        this.cases = cases;
        this.sales = sales;
        this.start = start;
        this.random = new SplittableRandom(lotIndex * 7919L + 17);
    }

    /** How many events {@link #events()} makes. */
    public int size() {
        return 1 + pallets * (4 + cases * (4 + sales));
    }

    /** The lot's class, e.g. {@code urn:epc:class:lgtin:4012345.012345.L000042}. */
    public String lotClass() {
        return "urn:epc:class:lgtin:" + IMPORTER_PREFIX + "." + itemReference() + ".L" + String.format(Locale.ROOT, "%06d", lotIndex);
    }

    private String itemReference() {
        // indicator digit 0 and a 5-digit item: 13 digits with the 7-digit prefix, as the GTIN-14 needs
        return "0" + String.format(Locale.ROOT, "%05d", lotIndex % 1000);
    }

    /** The events as JSON objects (without the document around them), in time order. */
    public List<String> events() {
        List<String> events = new ArrayList<>(size());
        int units = pallets * cases * sales;
        Instant t = start;
        events.add(object("ADD", "receiving", "in_progress", importerSite(), t, quantity(units),
                "\"bizTransactionList\":[{\"type\":\"https://importwindow.org/btt/customs-declaration\","
                        + "\"bizTransaction\":\"urn:importwindow:declaration:D" + lotIndex + "\"}]", ""));
        // SSCC serials of one lot: lotIndex x 100,000 + n, unique across lots below MAX_LOTS (an earlier version
        // wrapped at 10 digits, so lot 100,000 reused lot 0's pallets and its trace doubled)
        long serial = (long) lotIndex * SSCCS_PER_LOT;
        for (int p = 0; p < pallets; p++) {
            String pallet = sscc(IMPORTER_PREFIX, serial++);
            int distributor = random.nextInt(40);
            String distributorParty = party("69" + String.format(Locale.ROOT, "%05d", distributor));
            String distributorSite = site("69" + String.format(Locale.ROOT, "%05d", distributor));
            t = t.plus(10, ChronoUnit.MINUTES);
            events.add(aggregation("ADD", "packing", importerSite(), t, pallet, cases * sales));
            t = t.plus(2, ChronoUnit.HOURS);
            events.add(object("OBSERVE", "shipping", "in_transit", importerSite(), t, epc(pallet), "",
                    parties(party(IMPORTER_PREFIX), distributorParty)));
            t = t.plus(1, ChronoUnit.DAYS);
            events.add(object("OBSERVE", "receiving", "in_progress", distributorSite, t, epc(pallet), "",
                    parties(party(IMPORTER_PREFIX), distributorParty)));
            t = t.plus(1, ChronoUnit.HOURS);
            events.add(aggregation("DELETE", "unpacking", distributorSite, t, pallet, cases * sales));
            for (int c = 0; c < cases; c++) {
                String box = sscc("69" + String.format(Locale.ROOT, "%05d", distributor), serial++);
                int retailer = random.nextInt(2000);
                String retailerPrefix = "68" + String.format(Locale.ROOT, "%05d", retailer);
                Instant tc = t.plus(c, ChronoUnit.MINUTES);
                events.add(aggregation("ADD", "packing", distributorSite, tc, box, sales));
                tc = tc.plus(3, ChronoUnit.HOURS);
                events.add(object("OBSERVE", "shipping", "in_transit", distributorSite, tc, epc(box), "",
                        parties(distributorParty, party(retailerPrefix))));
                tc = tc.plus(1, ChronoUnit.DAYS);
                events.add(object("OBSERVE", "receiving", "in_progress", site(retailerPrefix), tc, epc(box), "",
                        parties(distributorParty, party(retailerPrefix))));
                tc = tc.plus(1, ChronoUnit.HOURS);
                events.add(aggregation("DELETE", "unpacking", site(retailerPrefix), tc, box, sales));
                for (int s = 0; s < sales; s++) {
                    tc = tc.plus(1 + random.nextInt(600), ChronoUnit.MINUTES);
                    events.add(object("OBSERVE", "retail_selling", "retail_sold", site(retailerPrefix), tc,
                            quantity(1), "", ""));
                }
            }
        }
        return events;
    }

    private String object(String action, String bizStep, String disposition, String site, Instant time,
                          String what, String transactions, String parties) {
        StringBuilder b = new StringBuilder(640);
        b.append("{\"type\":\"ObjectEvent\",\"eventTime\":\"").append(time)
                .append("\",\"eventTimeZoneOffset\":\"+08:00\",").append(what)
                .append(",\"action\":\"").append(action).append("\",\"bizStep\":\"").append(bizStep)
                .append("\",\"disposition\":\"").append(disposition).append("\",\"readPoint\":{\"id\":\"").append(site)
                .append("\"},\"bizLocation\":{\"id\":\"").append(site).append("\"}");
        if (!transactions.isEmpty()) {
            b.append(',').append(transactions);
        }
        if (!parties.isEmpty()) {
            b.append(',').append(parties);
        }
        return b.append('}').toString();
    }

    private String aggregation(String action, String bizStep, String site, Instant time, String parent, int units) {
        return "{\"type\":\"AggregationEvent\",\"eventTime\":\"" + time + "\",\"eventTimeZoneOffset\":\"+08:00\","
                + "\"parentID\":\"" + parent + "\",\"childQuantityList\":[{\"epcClass\":\""
                + lotClass() + "\",\"quantity\":" + units + "}],\"action\":\"" + action + "\",\"bizStep\":\"" + bizStep
                + "\",\"readPoint\":{\"id\":\"" + site + "\"},\"bizLocation\":{\"id\":\"" + site + "\"}}";
    }

    private String quantity(int units) {
        return "\"quantityList\":[{\"epcClass\":\"" + lotClass() + "\",\"quantity\":" + units + "}]";
    }

    private static String epc(String id) {
        return "\"epcList\":[\"" + id + "\"]";
    }

    private static String parties(String from, String to) {
        return "\"sourceList\":[{\"type\":\"owning_party\",\"source\":\"" + from + "\"}],"
                + "\"destinationList\":[{\"type\":\"owning_party\",\"destination\":\"" + to + "\"}]";
    }

    private static String importerSite() {
        return site(IMPORTER_PREFIX);
    }

    /** A location of a party with a 7-digit prefix: 7 + 5 digits, extension 0. */
    private static String site(String prefix) {
        return "urn:epc:id:sgln:" + prefix + ".00001.0";
    }

    private static String party(String prefix) {
        return "urn:epc:id:pgln:" + prefix + ".00000";
    }

    /** An SSCC of a 7-digit prefix: extension digit and serial reference together 10 digits. */
    private static String sscc(String prefix, long serial) {
        return "urn:epc:id:sscc:" + prefix + "." + String.format(Locale.ROOT, "%010d", serial);
    }

    /** A capture document of {@code events} (JSON objects). */
    public static String document(List<String> events, Instant created) {
        StringBuilder b = new StringBuilder(events.size() * 700 + 300);
        b.append("{\"@context\":[\"").append(CONTEXT).append("\"],\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",")
                .append("\"creationDate\":\"").append(created).append("\",\"epcisBody\":{\"eventList\":[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(events.get(i));
        }
        return b.append("]}}").toString();
    }
}
