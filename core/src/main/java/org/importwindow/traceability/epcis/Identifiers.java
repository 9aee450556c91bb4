package org.importwindow.traceability.epcis;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifier syntax (GS1 EPC Tag Data Standard 2.0 pure-identity URNs and GS1 Digital Link URIs) and the one
 * canonical form identifiers are stored and matched in.
 *
 * <p>The canonical form is the GS1 Digital Link on {@code https://id.gs1.org/} with the primary key and its key
 * qualifiers only (e.g. {@code https://id.gs1.org/01/09521141012345/21/2017}): an EPC URN converts to it exactly, while
 * a Digital Link converts to a URN only when the GS1 company prefix length is known, which the link does not carry.
 * A Digital Link on another host, with a query string or a GTIN-13 is brought to the same form. Identifiers that are
 * neither (a GID, a UUID, a user URI) are kept as sent.
 */
public final class Identifiers {
    public static final String DL_BASE = "https://id.gs1.org/";

    /** A syntax problem with an identifier: the rule code and why. */
    public record Problem(String code, String message) {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** TDS 2.0 GS1 AI encodable character set 82 as it appears in URNs (with %-escapes). */
    private static final Pattern SERIAL = Pattern.compile("(?:[A-Za-z0-9!'()*+,\\-.:;=_]|%[0-9A-Fa-f]{2}){1,20}");
    private static final Pattern LONG_SERIAL = Pattern.compile(
            "(?:[A-Za-z0-9!'()*+,\\-.:;=_]|%[0-9A-Fa-f]{2}){1,30}");
    private static final Pattern URN = Pattern.compile("urn:epc:(id|class|idpat):([a-z0-9]+):(.+)");
    /** Schemes of TDS 2.0 checked only loosely (no GS1 key to check, or rarely used). */
    private static final Set<String> LOOSE_SCHEMES = Set.of("gid", "usdod", "adi", "bic", "imovn", "cpi", "ginc",
            "gsin", "itip", "upui", "sgcn", "gsrnp", "pgln", "gsrn", "gdti");
    /** GS1 Digital Link primary keys this class checks and canonicalises, with their fixed numeric length. */
    private static final Map<String, Integer> DL_KEYS = Map.ofEntries(Map.entry("01", 14), Map.entry("00", 18),
            Map.entry("414", 13), Map.entry("417", 13), Map.entry("8018", 18), Map.entry("8017", 18),
            Map.entry("8003", -1), Map.entry("8004", -1), Map.entry("253", -1), Map.entry("255", -1),
            Map.entry("401", -1), Map.entry("402", 17), Map.entry("8006", -1), Map.entry("8010", -1));

    private Identifiers() {
    }

    /** Whether the value is an EPC URN ({@code urn:epc:...}). */
    public static boolean isEpcUrn(String v) {
        return v != null && v.startsWith("urn:epc:");
    }

    /**
     * The problem with an instance identifier (epcList, parentID, childEPCs, input/output lists), or null when it is
     * well-formed.
     */
    public static Problem instanceProblem(String v) {
        if (v == null || v.isBlank()) {
            return new Problem(EpcisRules.BAD_IDENTIFIER, "empty identifier");
        }
        if (v.startsWith("urn:epc:class:") || v.startsWith("urn:epc:idpat:")) {
            return new Problem(EpcisRules.BAD_IDENTIFIER, "an EPC class or pattern where an instance identifier is "
                    + "required: " + v);
        }
        return problem(v);
    }

    /** The problem with a class identifier (quantity lists' epcClass), or null when it is well-formed. */
    public static Problem classProblem(String v) {
        if (v == null || v.isBlank()) {
            return new Problem(EpcisRules.BAD_CLASS, "empty epcClass");
        }
        if (v.startsWith("urn:epc:id:")) {
            return new Problem(EpcisRules.BAD_CLASS, "an instance identifier where an EPC class is required: " + v);
        }
        Problem p = problem(v);
        return p == null ? null : new Problem(EpcisRules.BAD_CLASS, p.message());
    }

    /** The problem with any identifier or location/party id, or null. */
    public static Problem problem(String v) {
        if (v == null || v.isBlank()) {
            return new Problem(EpcisRules.BAD_IDENTIFIER, "empty identifier");
        }
        Problem known = PROBLEMS.get(v);
        if (known != null) {
            return known == NONE ? null : known;
        }
        Problem p = check(v);
        if (PROBLEMS.size() >= REMEMBERED) {
            PROBLEMS.clear();
        }
        PROBLEMS.put(v, p == null ? NONE : p);
        return p;
    }

    /** Identifiers already checked (see {@link #WITH_QUALIFIERS}); {@link #NONE} for a well-formed one. */
    private static final ConcurrentHashMap<String, Problem> PROBLEMS = new ConcurrentHashMap<>();
    private static final Problem NONE = new Problem("", "");

    private static Problem check(String v) {
        if (isEpcUrn(v)) {
            return urnProblem(v);
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            DigitalLink dl = DigitalLink.parse(v);
            if (dl != null) {
                return dl.problem();
            }
        }
        return Cbv.isAbsoluteUri(v) ? null
                : new Problem(EpcisRules.BAD_IDENTIFIER, "not an absolute URI: " + v);
    }

    private static Problem urnProblem(String v) {
        Matcher m = URN.matcher(v);
        if (!m.matches()) {
            return bad(v, "not an EPC pure-identity URN");
        }
        String kind = m.group(1);
        String scheme = m.group(2);
        String[] p = m.group(3).split("\\.", -1);
        if ("class".equals(kind)) {
            if (!"lgtin".equals(scheme)) {
                return LOOSE_SCHEMES.contains(scheme) ? null : bad(v, "unknown EPC class scheme " + scheme);
            }
            return p.length == 3 && gs1Parts(p[0], p[1], 13) && LONG_SERIAL.matcher(p[2]).matches() ? null
                    : bad(v, "an LGTIN is company prefix.indicator+item reference (13 digits).lot");
        }
        if ("idpat".equals(kind)) {
            for (String s : p) {
                if (!"*".equals(s) && !SERIAL.matcher(s).matches() && !LONG_SERIAL.matcher(s).matches()) {
                    return bad(v, "a pattern part is neither a value nor *");
                }
            }
            if ("sgtin".equals(scheme) && p.length == 3 && !"*".equals(p[1])) {
                return gs1Parts(p[0], p[1], 13) ? null : bad(v, "company prefix + item reference must be 13 digits");
            }
            return null;
        }
        return switch (scheme) {
            case "sgtin" -> p.length == 3 && gs1Parts(p[0], p[1], 13) && SERIAL.matcher(p[2]).matches() ? null
                    : bad(v, "an SGTIN is company prefix.indicator+item reference (13 digits together).serial");
            case "sscc" -> p.length == 2 && gs1Parts(p[0], p[1], 17) ? null
                    : bad(v, "an SSCC is company prefix.extension+serial reference (17 digits together)");
            case "sgln" -> p.length == 3 && gs1Parts(p[0], p[1], 12) && SERIAL.matcher(p[2]).matches() ? null
                    : bad(v, "an SGLN is company prefix.location reference (12 digits together).extension");
            case "grai" -> p.length == 3 && gs1Parts(p[0], p[1], 12) && SERIAL.matcher(p[2]).matches()
                    ? null : bad(v, "a GRAI is company prefix.asset type (12 digits together).serial");
            case "giai" -> p.length == 2 && p[0].length() >= 6 && p[0].length() <= 12 && DIGITS.matcher(p[0]).matches()
                    && LONG_SERIAL.matcher(p[1]).matches() && p[0].length() + decodedLength(p[1]) <= 30 ? null
                    : bad(v, "a GIAI is company prefix.individual asset reference (at most 30 characters together)");
            default -> LOOSE_SCHEMES.contains(scheme) && p.length >= 1 && !p[0].isEmpty() ? null
                    : bad(v, "unknown EPC scheme " + scheme);
        };
    }

    private static Problem bad(String v, String why) {
        return new Problem(EpcisRules.BAD_IDENTIFIER, why + ": " + v);
    }

    private static boolean gs1Parts(String companyPrefix, String reference, int total) {
        return companyPrefix.length() >= 6 && companyPrefix.length() <= 12 && DIGITS.matcher(companyPrefix).matches()
                && (reference.isEmpty() || DIGITS.matcher(reference).matches())
                && companyPrefix.length() + reference.length() == total;
    }

    private static int decodedLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++, n++) {
            if (s.charAt(i) == '%') {
                i += 2;
            }
        }
        return n;
    }

    /**
     * The canonical form of an identifier (see the class comment); a malformed identifier comes back trimmed, as
     * sent (the validator refuses it before anything is stored). A serialised trade item is its GTIN and serial: a
     * lot qualifier in its Digital Link is dropped (an SGTIN carries none, and the lot does not make the object), and
     * kept apart by {@link #lotClassOf}.
     */
    public static String canonical(String v) {
        String full = withQualifiers(v);
        if (full != null && full.startsWith(DL_BASE + "01/") && full.contains("/21/")) {
            int lot = full.indexOf("/10/");
            if (lot > 0 && lot < full.indexOf("/21/")) {
                return full.substring(0, lot) + full.substring(full.indexOf("/21/"));
            }
        }
        return full;
    }

    /** The lot class of an identifier as sent ({@code https://id.gs1.org/01/{gtin}/10/{lot}}), or null. */
    public static String lotClassOf(String v) {
        return lotClass(withQualifiers(v));
    }

    /**
     * Identifiers already brought to the canonical form with qualifiers. A capture names the same lot, sites, parties
     * and containers over and over (each in the event hash, the stored row and its lot class), and the conversion
     * (URN check, patterns, splits) is a pure function of the string: remembered, bounded by emptying when full.
     */
    private static final int REMEMBERED = 8192;
    private static final ConcurrentHashMap<String, String> WITH_QUALIFIERS = new ConcurrentHashMap<>();

    private static String withQualifiers(String v) {
        if (v == null) {
            return null;
        }
        String known = WITH_QUALIFIERS.get(v);
        if (known != null) {
            return known;
        }
        String full = convert(v);
        if (WITH_QUALIFIERS.size() >= REMEMBERED) {
            WITH_QUALIFIERS.clear();
        }
        WITH_QUALIFIERS.put(v, full);
        return full;
    }

    private static String convert(String v) {
        String s = v.trim();
        if (isEpcUrn(s)) {
            if (urnProblem(s) != null) {
                return s;
            }
            String dl = urnToDigitalLink(s);
            return dl == null ? s : dl;
        }
        if (s.startsWith("http://") || s.startsWith("https://")) {
            DigitalLink dl = DigitalLink.parse(s);
            if (dl != null && dl.problem() == null) {
                return dl.canonical();
            }
        }
        return s;
    }

    /**
     * The product class (GTIN as {@code https://id.gs1.org/01/{gtin}}) of a canonical trade item identifier (serial,
     * lot or class), or null for anything else (an SSCC, a location, a user URI).
     */
    public static String gtinClass(String canonical) {
        if (canonical != null && canonical.startsWith(DL_BASE + "01/") && canonical.length() >= DL_BASE.length() + 17) {
            return canonical.substring(0, DL_BASE.length() + 17);
        }
        return null;
    }

    /** The lot class ({@code https://id.gs1.org/01/{gtin}/10/{lot}}) of a canonical identifier carrying a lot. */
    public static String lotClass(String canonical) {
        String gtin = gtinClass(canonical);
        if (gtin == null || !canonical.startsWith(gtin + "/10/")) {
            return null;
        }
        int end = canonical.indexOf('/', gtin.length() + 4);
        return end < 0 ? canonical : canonical.substring(0, end);
    }

    private static String urnToDigitalLink(String v) {
        Matcher m = URN.matcher(v);
        if (!m.matches()) {
            return null;
        }
        String kind = m.group(1);
        String scheme = m.group(2);
        String[] p = m.group(3).split("\\.", -1);
        if ("class".equals(kind)) {
            return "lgtin".equals(scheme) ? DL_BASE + "01/" + gtin(p[0], p[1]) + "/10/" + p[2] : null;
        }
        if ("idpat".equals(kind)) {
            return "sgtin".equals(scheme) && p.length == 3 && !"*".equals(p[1]) && "*".equals(p[2])
                    ? DL_BASE + "01/" + gtin(p[0], p[1]) : null;
        }
        switch (scheme) {
            case "sgtin":
                return DL_BASE + "01/" + gtin(p[0], p[1]) + "/21/" + p[2];
            case "sscc": {
                String body = p[1].charAt(0) + p[0] + p[1].substring(1);
                return DL_BASE + "00/" + body + checkDigit(body);
            }
            case "sgln": {
                String gln = p[0] + p[1];
                gln = gln + checkDigit(gln);
                return DL_BASE + "414/" + gln + ("0".equals(p[2]) ? "" : "/254/" + p[2]);
            }
            case "pgln": {
                if (p.length != 2 || !gs1Parts(p[0], p[1], 12)) {
                    return null;
                }
                String gln = p[0] + p[1];
                return DL_BASE + "417/" + gln + checkDigit(gln);
            }
            case "grai": {
                String body = p[0] + p[1];
                return DL_BASE + "8003/0" + body + checkDigit("0" + body) + p[2];
            }
            case "giai":
                return DL_BASE + "8004/" + p[0] + p[1];
            case "gsrn": {
                if (p.length != 2 || !gs1Parts(p[0], p[1], 17)) {
                    return null;
                }
                String body = p[0] + p[1];
                return DL_BASE + "8018/" + body + checkDigit(body);
            }
            case "gdti": {
                if (p.length != 3 || !gs1Parts(p[0], p[1], 12)) {
                    return null;
                }
                String body = p[0] + p[1];
                return DL_BASE + "253/" + body + checkDigit(body) + p[2];
            }
            default:
                return null;
        }
    }

    private static String gtin(String companyPrefix, String indicatorAndItem) {
        String body = indicatorAndItem.charAt(0) + companyPrefix + indicatorAndItem.substring(1);
        return body + checkDigit(body);
    }

    /** The GS1 modulo-10 check digit of the digits (weights 3,1,3,... from the right). */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, w = 3; i >= 0; i--, w = 4 - w) {
            sum += (digits.charAt(i) - '0') * w;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the last digit of a GS1 key is its check digit. */
    public static boolean checkDigitValid(String key) {
        return key.length() >= 2 && DIGITS.matcher(key).matches()
                && checkDigit(key.substring(0, key.length() - 1)) == key.charAt(key.length() - 1) - '0';
    }

    /** A GS1 Digital Link URI: its primary key and key qualifiers, whatever the host or path prefix. */
    record DigitalLink(String key, String value, String tail) {

        static DigitalLink parse(String uri) {
            int schemeEnd = uri.indexOf("://");
            int pathStart = uri.indexOf('/', schemeEnd + 3);
            if (pathStart < 0) {
                return null;
            }
            String path = uri.substring(pathStart);
            int q = path.indexOf('?');
            if (q >= 0) {
                path = path.substring(0, q);
            }
            int h = path.indexOf('#');
            if (h >= 0) {
                path = path.substring(0, h);
            }
            String[] seg = path.substring(1).split("/", -1);
            for (int i = 0; i + 1 < seg.length; i++) {
                if (DL_KEYS.containsKey(seg[i])) {
                    StringBuilder tail = new StringBuilder();
                    for (int j = i + 2; j < seg.length; j++) {
                        tail.append('/').append(seg[j]);
                    }
                    return new DigitalLink(seg[i], seg[i + 1], tail.toString());
                }
            }
            return null;
        }

        Problem problem() {
            int len = DL_KEYS.get(key);
            String v = "01".equals(key) && DIGITS.matcher(value).matches()
                    && (value.length() == 8 || value.length() == 12 || value.length() == 13)
                    ? "0".repeat(14 - value.length()) + value : value;
            String checked = switch (key) {
                case "8003" -> v.length() >= 14 ? v.substring(1, 14) : v;
                case "253", "255" -> v.length() >= 13 ? v.substring(0, 13) : v;
                case "402" -> v;
                default -> len > 0 ? v : null;
            };
            if (checked == null) {
                return value.isEmpty() ? new Problem(EpcisRules.BAD_DIGITAL_LINK, "empty key in " + key) : null;
            }
            if (len > 0 && v.length() != len || !DIGITS.matcher(checked).matches()) {
                return new Problem(EpcisRules.BAD_DIGITAL_LINK, "GS1 key (" + key + ") must be "
                        + (len > 0 ? len + " digits" : "digits with its check digit") + ": " + value);
            }
            if (!checkDigitValid(checked)) {
                return new Problem(EpcisRules.BAD_DIGITAL_LINK, "wrong check digit in GS1 key (" + key + ") "
                        + value + " (should end in " + checkDigit(checked.substring(0, checked.length() - 1)) + ")");
            }
            if (tail.length() > 0) {
                String[] t = tail.substring(1).split("/", -1);
                if (t.length % 2 != 0) {
                    return new Problem(EpcisRules.BAD_DIGITAL_LINK, "key qualifiers come in AI/value pairs: " + tail);
                }
            }
            return null;
        }

        String canonical() {
            String v = "01".equals(key) && value.length() < 14 ? "0".repeat(14 - value.length()) + value : value;
            return DL_BASE + key + "/" + v + tail;
        }
    }
}
