package org.importwindow.server.web.ecommerce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.importwindow.ecommerce.CbecRefusal;
import org.importwindow.ecommerce.clearance.ClearanceRule;

/**
 * Reads a refusal's returnInfo the way the receipts write it — the spec's error code first (e.g. {@code -621018}),
 * then the reason in Chinese and English, naming the three-document and consistency checks that failed by their
 * codes ({@code CBEC-112}) — and names the codes in the page language.
 */
final class RefusalReasons {
    private static final Pattern LEADING = Pattern.compile("^\\s*(-\\d{6})");
    private static final Pattern CHECK = Pattern.compile("CBEC-\\d{3}");
    /** A spec code named inside the reason, after a failed check: "（-621018）" or "(-621018)". */
    private static final Pattern INNER = Pattern.compile("[（(](-\\d{6})[）)]");
    /** The spec's generic codes the clearance uses, and each specific code's reason. */
    private static final Map<String, String[]> CODES = new LinkedHashMap<>();

    static {
        CODES.put("-621001", new String[] {"清单报文校验失败", "The inventory list fails its checks"});
        CODES.put("-621004", new String[] {"清单重复申报", "The list was already declared"});
        for (CbecRefusal r : CbecRefusal.values()) {
            if (r.specific()) {
                CODES.putIfAbsent(r.code(), new String[] {r.nameZh(), r.nameEn()});
            }
        }
    }

    private RefusalReasons() {
    }

    /** The error code leading the text, e.g. {@code -621018}. */
    static Optional<String> leadingCode(String returnInfo) {
        if (returnInfo == null) {
            return Optional.empty();
        }
        Matcher m = LEADING.matcher(returnInfo);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The CBEC-1xx checks the text names, each once, in the order named. */
    static List<String> checks(String returnInfo) {
        List<String> out = new ArrayList<>();
        if (returnInfo == null) {
            return out;
        }
        Matcher m = CHECK.matcher(returnInfo);
        while (m.find()) {
            if (!out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The name of an error code or a check in the page language; the code itself when unknown. */
    static String name(String code, boolean zh) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String[] names = CODES.get(code);
        if (names != null) {
            // the core's English reasons are written to follow a colon; on their own they start a sentence
            return zh ? names[0] : Character.toUpperCase(names[1].charAt(0)) + names[1].substring(1);
        }
        for (ClearanceRule r : ClearanceRule.values()) {
            if (r.code().equals(code)) {
                return zh ? r.titleZh() : r.titleEn();
            }
        }
        return code;
    }

    /**
     * A refusal in a few words: the checks that failed when it names any (they say more than the generic
     * {@code -621001}), otherwise the reason of its error code; each followed by its code.
     */
    static List<String> summary(String returnInfo, boolean zh) {
        List<String> out = new ArrayList<>();
        for (String check : checks(returnInfo)) {
            out.add(name(check, zh) + " (" + check + ")");
        }
        if (returnInfo != null && !out.isEmpty()) {
            Matcher inner = INNER.matcher(returnInfo);
            while (inner.find()) {
                String named = name(inner.group(1), zh) + " (" + inner.group(1) + ")";
                if (!out.contains(named)) {
                    out.add(named);
                }
            }
        }
        if (out.isEmpty()) {
            leadingCode(returnInfo).ifPresent(code -> out.add(name(code, zh) + " (" + code + ")"));
        }
        return out;
    }
}
