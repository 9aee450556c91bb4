package org.importwindow.server.web.ecommerce;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.importwindow.server.ecommerce.CbecStatistics;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise's page: the inventory lists it takes part in (as the platform, the declaring agent or the logistics
 * company) and the receipts of the documents it sent, newest first, with their states, the reasons of refusals and
 * the taxes. For users with the role {@link Role#ENTERPRISE_USER} (the security configuration), and only for the
 * enterprises they are authorised for: another enterprise's code is refused (403), whatever the URL says.
 */
@Controller
public class PlatformPageController {
    static final int LIMIT = 100;
    static final List<String> STATUSES = List.of("PENDING", "RELEASED", "REFUSED", "CANCELLED");

    private final CbecStatistics statistics;
    private final EnterpriseStore enterprises;
    private final MessageSource messages;

    public PlatformPageController(CbecStatistics statistics, EnterpriseStore enterprises, MessageSource messages) {
        this.statistics = statistics;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @GetMapping("/cbec/platform")
    public String page(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String enterprise,
                       @RequestParam(required = false) String status, @RequestParam(required = false) String number,
                       Model model, Locale locale) {
        List<StoredEnterprise> mine = own(user);
        if (mine.isEmpty()) {
            throw new AccessDeniedException("no enterprise of cross-border e-commerce");
        }
        StoredEnterprise chosen = blank(enterprise) ? mine.get(0) : mine.stream()
                .filter(e -> e.customsCode().equals(enterprise.strip())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not an enterprise of this user"));
        String state = status != null && STATUSES.contains(status) ? status : null;
        String wanted = blank(number) ? null : number.strip();
        if (wanted != null && wanted.length() > 60) {
            wanted = wanted.substring(0, 60);
        }
        model.addAttribute("cbec", new CbecLabels(messages, locale));
        model.addAttribute("enterprises", mine);
        model.addAttribute("enterprise", chosen);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", state);
        model.addAttribute("number", wanted);
        model.addAttribute("limit", LIMIT);
        model.addAttribute("lists", statistics.listsOfEnterprise(chosen.customsCode(), state, wanted, LIMIT));
        model.addAttribute("receipts", statistics.receiptsOf(chosen.customsCode(), LIMIT));
        return "cbec/platform";
    }

    /** The enterprises (with a customs code) the user may follow, by customs code. */
    private List<StoredEnterprise> own(AppUser user) {
        if (user == null || !user.has(Role.ENTERPRISE_USER)) {
            return List.of();
        }
        Set<String> usccs = user.enterprises();
        return usccs.stream().map(enterprises::find).flatMap(Optional::stream)
                .filter(e -> e.customsCode() != null && !e.customsCode().isBlank())
                .sorted(Comparator.comparing(StoredEnterprise::customsCode)).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
