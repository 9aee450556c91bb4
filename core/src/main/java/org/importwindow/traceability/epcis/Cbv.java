package org.importwindow.traceability.epcis;

import java.util.Optional;
import java.util.Set;

/**
 * The CBV 2.0 vocabularies an event's business step, disposition, business transaction type and source/destination
 * type are checked against. A standard term may be sent as the bare word (JSON-LD, {@code shipping}), as the CBV 1.x
 * URN ({@code urn:epcglobal:cbv:bizstep:shipping}) or as the GS1 Web URI
 * ({@code https://ref.gs1.org/cbv/BizStep-shipping}); all three normalise to the bare word. EPCIS 2.0 lets any other
 * absolute URI stand for a user vocabulary, so a URI outside the CBV namespaces is kept as sent; a bare word or a
 * term in a CBV namespace that CBV 2.0 does not define is refused.
 */
public enum Cbv {
    BIZ_STEP("bizstep", "BizStep", Set.of("accepting", "arriving", "assembling", "collecting", "commissioning",
            "consigning", "creating_class_instance", "cycle_counting", "decommissioning", "departing", "destroying",
            "disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting", "installing",
            "killing", "loading", "other", "packing", "picking", "receiving", "removing", "repackaging", "repairing",
            "replacing", "reserving", "retail_selling", "sampling", "sensor_reporting", "shipping", "staging_outbound",
            "stock_taking", "stocking", "storing", "transporting", "unloading", "unpacking", "void_shipping")),
    DISPOSITION("disp", "Disp", Set.of("active", "available", "completeness_inferred", "completeness_verified",
            "conformant", "container_closed", "container_open", "damaged", "destroyed", "dispensed", "disposed",
            "encoded", "expired", "in_progress", "in_transit", "inactive", "mismatch_instance", "mismatch_class",
            "mismatch_quantity", "needs_replacement", "no_pedigree_match", "non_conformant", "non_sellable_other",
            "partially_dispensed", "recalled", "reserved", "retail_sold", "returned", "sellable_accessible",
            "sellable_not_accessible", "stolen", "unavailable", "unknown")),
    BIZ_TRANSACTION_TYPE("btt", "BTT", Set.of("bol", "cert", "desadv", "inv", "pedigree", "po", "poc", "prodorder",
            "recadv", "rma", "testprd", "testres", "upevt")),
    SOURCE_DESTINATION_TYPE("sdt", "SDT", Set.of("owning_party", "possessing_party", "location")),
    ERROR_REASON("er", "ER", Set.of("did_not_occur", "incorrect_data"));

    private static final String WEB = "https://ref.gs1.org/cbv/";

    private final String urnPart;
    private final String webPart;
    private final Set<String> terms;

    Cbv(String urnPart, String webPart, Set<String> terms) {
        this.urnPart = urnPart;
        this.webPart = webPart;
        this.terms = terms;
    }

    /** The bare CBV word, the value unchanged when it is a user-vocabulary URI, or empty when it is not allowed. */
    public Optional<String> normalise(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        String word = null;
        if (v.startsWith("urn:epcglobal:cbv:" + urnPart + ":")) {
            word = v.substring(("urn:epcglobal:cbv:" + urnPart + ":").length());
        } else if (v.startsWith(WEB + webPart + "-")) {
            word = v.substring((WEB + webPart + "-").length());
        } else if (v.startsWith("urn:epcglobal:cbv:") || v.startsWith(WEB) || v.startsWith("cbv:")) {
            if (v.startsWith("cbv:" + webPart + "-")) {
                word = v.substring(("cbv:" + webPart + "-").length());
            } else {
                return Optional.empty();
            }
        } else if (!v.contains(":")) {
            word = v;
        } else {
            return isAbsoluteUri(v) ? Optional.of(v) : Optional.empty();
        }
        return terms.contains(word) ? Optional.of(word) : Optional.empty();
    }

    /** The GS1 Web URI of a normalised value (as the CBV 2.0 event hash writes it); a user URI unchanged. */
    public String webUri(String normalised) {
        return terms.contains(normalised) ? WEB + webPart + "-" + normalised : normalised;
    }

    /** The CBV URN of a normalised value (as the XML binding writes it); a user URI unchanged. */
    public String urn(String normalised) {
        return terms.contains(normalised) ? "urn:epcglobal:cbv:" + urnPart + ":" + normalised : normalised;
    }

    static boolean isAbsoluteUri(String v) {
        int colon = v.indexOf(':');
        if (colon < 1 || colon == v.length() - 1) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = v.charAt(i);
            boolean ok = Character.isLetter(c) && c < 128 || i > 0 && (Character.isDigit(c) || c == '+' || c == '-'
                    || c == '.');
            if (!ok) {
                return false;
            }
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
