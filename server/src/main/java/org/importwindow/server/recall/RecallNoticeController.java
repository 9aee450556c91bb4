package org.importwindow.server.recall;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public recall notices, searchable, with the fields of the EU Safety Gate and US CPSC records. No sign-in. */
@RestController
@RequestMapping(path = "/api/v1/recall-notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recall notices", description = "Public recall notices of imported consumer goods")
public class RecallNoticeController {
    private final RecallService service;

    public RecallNoticeController(RecallService service) {
        this.service = service;
    }

    /** A page of notices. */
    public record Page(List<NoticeRecord> notices, long total, int page, int size) {
    }

    @GetMapping
    @Operation(summary = "Search notices: q (product, brand, model, GTIN, lot, importer), hsCode (prefix), origin "
            + "(ISO country), page (from 0), size (1-100)")
    public Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String hsCode,
                       @RequestParam(required = false) String origin, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size) {
        int s = Math.max(1, Math.min(size, 100));
        int p = Math.max(0, page);
        RecallStore.NoticePage found = service.notices(q, hsCode, origin, p, s);
        return new Page(found.notices(), found.total(), p, s);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notice")
    public NoticeRecord get(@PathVariable String id) {
        return service.notice(id).orElseThrow(() -> new RecallProblem(org.springframework.http.HttpStatus.NOT_FOUND,
                List.of(new org.importwindow.server.security.BilingualError("REC-404", "", "No such recall notice",
                        "没有该召回公告"))));
    }
}
