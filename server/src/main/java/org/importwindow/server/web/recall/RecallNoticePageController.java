package org.importwindow.server.web.recall;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.importwindow.server.recall.NoticeRecord;
import org.importwindow.server.recall.RecallService;
import org.importwindow.server.recall.RecallStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public recall notices: search (a plain GET form), one notice, and the Atom feed. No sign-in. */
@Controller
public class RecallNoticePageController {
    static final int PAGE_SIZE = 20;
    private final RecallService service;

    public RecallNoticePageController(RecallService service) {
        this.service = service;
    }

    @GetMapping("/recalls")
    public String notices(@RequestParam(required = false) String q, @RequestParam(required = false) String hsCode,
                          @RequestParam(required = false) String origin, @RequestParam(defaultValue = "0") int page,
                          Model model) {
        int p = Math.max(0, page);
        RecallStore.NoticePage found = service.notices(q, hsCode, origin, p, PAGE_SIZE);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hsCode", hsCode == null ? "" : hsCode);
        model.addAttribute("origin", origin == null ? "" : origin);
        model.addAttribute("notices", found.notices());
        model.addAttribute("total", found.total());
        model.addAttribute("page", p);
        model.addAttribute("hasPrevious", p > 0);
        model.addAttribute("hasNext", (long) (p + 1) * PAGE_SIZE < found.total());
        return "recalls/notices";
    }

    @GetMapping("/recalls/notices/{id}")
    public String notice(@PathVariable String id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        NoticeRecord n = service.notice(id).orElse(null);
        if (n == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "not-found";
        }
        model.addAttribute("n", n);
        return "recalls/notice";
    }

    @GetMapping("/recalls/feed")
    public ResponseEntity<String> feed(@RequestParam(required = false) String lang, Locale locale,
                                       HttpServletRequest request) {
        boolean zh = lang == null ? "zh".equals(locale.getLanguage()) : lang.startsWith("zh");
        if (lang != null && !lang.startsWith("zh") && !lang.startsWith("en")) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                    .body("lang is zh or en");
        }
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String xml = AtomFeed.write(service.notices(null, null, null, 0, 50).notices(), zh, base);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml);
    }
}
