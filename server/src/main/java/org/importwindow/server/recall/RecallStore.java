package org.importwindow.server.recall;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.importwindow.recall.RecallEvent;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Recall cases, their immutable events and the public notices, in the tables of V8__recalls.sql. */
@Repository
@DependsOnDatabaseInitialization
public class RecallStore {
    private static final Map<String, Class<? extends RecallEvent>> TYPES = Map.of(
            "DefectReported", RecallEvent.DefectReported.class,
            "InvestigationOpened", RecallEvent.InvestigationOpened.class,
            "RecallOrdered", RecallEvent.RecallOrdered.class,
            "RecallPlanSubmitted", RecallEvent.RecallPlanSubmitted.class,
            "RecallNoticePublished", RecallEvent.RecallNoticePublished.class,
            "ProgressReported", RecallEvent.ProgressReported.class,
            "RecallClosed", RecallEvent.RecallClosed.class);

    private final JdbcClient db;
    private final JsonMapper json;

    public RecallStore(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The projection row of a case. */
    public record CaseRow(String id, String enterprise, String state, String productName, String brand, String model,
                          String gtin, LocalDate openedOn, String openedBy, LocalDate lastOn, int version) {
    }

    /** One stored event with its place in the case and who recorded it when. */
    public record StoredEvent(int seq, RecallEvent event, OffsetDateTime recordedAt) {
    }

    public long count() {
        return db.sql("select count(*) from recall_case").query(Long.class).single();
    }

    public void insertCase(CaseRow c, OffsetDateTime now) {
        db.sql("insert into recall_case (id, enterprise, state, product_name, brand, model, gtin, opened_on, "
                        + "opened_by, last_on, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.enterprise(), c.state(), cut(c.productName(), 300), cut(c.brand(), 200),
                        cut(c.model(), 200), cut(c.gtin(), 14), c.openedOn(), c.openedBy(), c.lastOn(), now,
                        c.version())
                .update();
    }

    /** Move the projection on, if nobody changed it since it was read; returns whether it did. */
    public boolean updateCase(CaseRow c, OffsetDateTime now) {
        return db.sql("update recall_case set enterprise = ?, state = ?, product_name = ?, brand = ?, model = ?, "
                        + "gtin = ?, last_on = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(c.enterprise(), c.state(), cut(c.productName(), 300), cut(c.brand(), 200),
                        cut(c.model(), 200), cut(c.gtin(), 14), c.lastOn(), now, c.id(), c.version())
                .update() == 1;
    }

    public void appendEvent(String caseId, int seq, RecallEvent e, OffsetDateTime now) {
        db.sql("insert into recall_event (case_id, seq, event_type, occurred_on, actor, recorded_at, body_json) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, seq, e.type(), e.on(), e.actor(), now, json.writeValueAsString(e))
                .update();
    }

    public Optional<CaseRow> findCase(String id) {
        return db.sql("select * from recall_case where id = ?").param(id).query(RecallStore::caseRow).optional();
    }

    /** Cases of the enterprises given (all cases when {@code enterprises} is null), newest first. */
    public List<CaseRow> cases(List<String> enterprises) {
        if (enterprises != null && enterprises.isEmpty()) {
            return List.of();
        }
        String where = enterprises == null ? "" : " where enterprise in (" + enterprises.stream().map(e -> "?")
                .collect(Collectors.joining(", ")) + ")";
        return db.sql("select * from recall_case" + where + " order by opened_on desc, id")
                .params(enterprises == null ? List.of() : new ArrayList<Object>(enterprises))
                .query(RecallStore::caseRow).list();
    }

    public List<StoredEvent> events(String caseId) {
        return db.sql("select seq, event_type, body_json, recorded_at from recall_event where case_id = ? "
                        + "order by seq")
                .param(caseId)
                .query((rs, n) -> new StoredEvent(rs.getInt("seq"),
                        json.readValue(rs.getString("body_json"), TYPES.get(rs.getString("event_type"))),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    public void insertNotice(String caseId, NoticeRecord r, OffsetDateTime now) {
        db.sql("insert into recall_notice (id, case_id, published_on, closed_on, title_zh, title_en, importer, "
                        + "search_text, hs_codes, origins, record_json, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?)")
                .params(r.id(), caseId, r.publishedOn(), r.closedOn(), cut(r.titleZh(), 500), cut(r.titleEn(), 500),
                        r.importer() == null ? null : r.importer().uscc(), searchText(r), codes(r, true),
                        codes(r, false), json.writeValueAsString(r), now)
                .update();
    }

    public void updateNotice(NoticeRecord r, OffsetDateTime now) {
        db.sql("update recall_notice set closed_on = ?, record_json = ?, updated_at = ? where id = ?")
                .params(r.closedOn(), json.writeValueAsString(r), now, r.id()).update();
    }

    public Optional<NoticeRecord> notice(String id) {
        return db.sql("select record_json from recall_notice where id = ?").param(id)
                .query((rs, n) -> json.readValue(rs.getString(1), NoticeRecord.class)).optional();
    }

    public Optional<NoticeRecord> noticeOfCase(String caseId) {
        return db.sql("select record_json from recall_notice where case_id = ?").param(caseId)
                .query((rs, n) -> json.readValue(rs.getString(1), NoticeRecord.class)).optional();
    }

    /** A page of notices and how many match in all. */
    public record NoticePage(List<NoticeRecord> notices, long total) {
    }

    /**
     * Notices matching the search, newest first: {@code q} in a product's name, brand, model, GTIN or lot (or the
     * titles); {@code hsCode} as a prefix of a product's customs code; {@code origin} a product's country.
     */
    public NoticePage search(String q, String hsCode, String origin, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            where.append(" and (search_text like ? or lower(title_zh) like ? or lower(title_en) like ?)");
            String like = "%" + escape(q.strip().toLowerCase(Locale.ROOT)) + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (hsCode != null && !hsCode.isBlank()) {
            where.append(" and hs_codes like ?");
            params.add("%|" + escape(hsCode.strip().replace(".", "")) + "%");
        }
        if (origin != null && !origin.isBlank()) {
            where.append(" and origins like ?");
            params.add("%|" + escape(origin.strip().toUpperCase(Locale.ROOT)) + "|%");
        }
        long total = db.sql("select count(*) from recall_notice" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(limit);
        paged.add(offset);
        List<NoticeRecord> page = db.sql("select record_json from recall_notice" + where
                        + " order by published_on desc, id limit ? offset ?")
                .params(paged)
                .query((rs, n) -> json.readValue(rs.getString(1), NoticeRecord.class)).list();
        return new NoticePage(page, total);
    }

    private static String searchText(NoticeRecord r) {
        StringBuilder sb = new StringBuilder();
        for (NoticeRecord.Product p : r.products()) {
            sb.append(' ').append(nz(p.name())).append(' ').append(nz(p.brand())).append(' ').append(nz(p.model()))
                    .append(' ').append(nz(p.gtin())).append(' ').append(String.join(" ", p.lots()));
        }
        if (r.importer() != null) {
            sb.append(' ').append(nz(r.importer().nameZh())).append(' ').append(nz(r.importer().nameEn()));
        }
        return cut(sb.toString().toLowerCase(Locale.ROOT), 20000);
    }

    private static String codes(NoticeRecord r, boolean hs) {
        StringBuilder sb = new StringBuilder("|");
        for (NoticeRecord.Product p : r.products()) {
            sb.append(nz(hs ? p.hsCode() : p.originCountry())).append('|');
        }
        return sb.toString();
    }

    /** LIKE wildcards typed by a user are matched as themselves (H2 and PostgreSQL both escape with a backslash). */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CaseRow caseRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseRow(rs.getString("id"), rs.getString("enterprise"), rs.getString("state"),
                rs.getString("product_name"), rs.getString("brand"), rs.getString("model"), rs.getString("gtin"),
                rs.getObject("opened_on", LocalDate.class), rs.getString("opened_by"),
                rs.getObject("last_on", LocalDate.class), rs.getInt("version"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
