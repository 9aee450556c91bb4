package org.importwindow.server.declaration;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.importwindow.server.jdbc.BatchWriter;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Declarations and their goods items in {@code declaration} and {@code declaration_item}. */
@Repository
@DependsOnDatabaseInitialization
public class DeclarationStore {
    private static final String COLUMNS = "id, importer, reference, request_hash, declaration_kind, status, channel, "
            + "declaration_date, request_json, assessment_json, assessment_figures, risk_json, state_json, payable, "
            + "paid, lodged_by, lodged_at, updated_at, version";

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public DeclarationStore(JdbcClient db, JdbcTemplate jdbc, JsonMapper json) {
        this.db = db;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A declaration to insert with the request its items come from. */
    public record NewDeclaration(StoredDeclaration row, DeclarationRequestJson request) {
    }

    private static final String INSERT = "insert into declaration (" + COLUMNS + ", trade_mode, transport_mode, "
            + "port_of_entry, country_of_dispatch, price_terms, currency, summary_reference) values (?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ITEM = "insert into declaration_item (declaration_id, item_no, commodity_code, "
            + "description, origin, quantity, unit, item_value, preference, proof_of_origin, attributes_json) values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Insert a new declaration with its items (in the caller's transaction). */
    public void insert(StoredDeclaration d, DeclarationRequestJson request) {
        insertAll(List.of(new NewDeclaration(d, request)));
    }

    /**
     * Insert new declarations with their items (in the caller's transaction): one batch of declaration rows and one of
     * item rows, however many declarations, so that lodging many at once costs few round trips to the database.
     */
    public void insertAll(List<NewDeclaration> declarations) {
        BatchWriter.write(jdbc, INSERT, declarations, 500, (ps, n) -> {
            StoredDeclaration d = n.row();
            DeclarationRequestJson request = n.request();
            Object[] values = {d.id(), d.importer(), d.reference(), d.requestHash(), d.kind(), d.status(), d.channel(),
                    d.declarationDate(), d.requestJson(), d.assessmentJson(), d.assessmentFigures(), d.riskJson(),
                    d.stateJson(), d.payable(), d.paid(), d.lodgedBy(), d.lodgedAt(), d.updatedAt(), d.version(),
                    cut(request.tradeMode(), 4), cut(request.transportMode(), 2), cut(request.portOfEntry(), 10),
                    cut(request.countryOfDispatch(), 2), cut(request.priceTerms(), 3), cut(request.currency(), 3),
                    cut(request.summaryReference(), 60)};
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    ps.setNull(i + 1, i == 13 || i == 14 ? Types.DECIMAL : i == 7 ? Types.DATE : Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, values[i]);
                }
            }
        });
        List<ItemRow> items = new ArrayList<>();
        for (NewDeclaration n : declarations) {
            List<DeclarationRequestJson.Item> list = n.request().items() == null ? List.of() : n.request().items();
            for (int i = 0; i < list.size(); i++) {
                items.add(new ItemRow(n.row().id(), i + 1, list.get(i)));
            }
        }
        writeItems(items);
    }

    private record ItemRow(String declarationId, int number, DeclarationRequestJson.Item item) {
    }

    /** Replace the items (an amendment). Items are a projection of the request, not part of the audit trail. */
    public void replaceItems(String id, DeclarationRequestJson request) {
        db.sql("delete from declaration_item where declaration_id = ?").param(id).update();
        List<DeclarationRequestJson.Item> list = request.items() == null ? List.of() : request.items();
        List<ItemRow> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(new ItemRow(id, i + 1, list.get(i)));
        }
        writeItems(items);
    }

    private void writeItems(List<ItemRow> items) {
        BatchWriter.write(jdbc, INSERT_ITEM, items, 1000, (ps, row) -> {
            DeclarationRequestJson.Item item = row.item();
            ps.setString(1, row.declarationId());
            ps.setInt(2, row.number());
            if (item == null) {
                for (int i = 3; i <= 11; i++) {
                    ps.setNull(i, i == 6 || i == 8 ? Types.DECIMAL : Types.VARCHAR);
                }
                return;
            }
            ps.setString(3, cut(item.commodityCode(), 10));
            ps.setString(4, cut(item.description(), 1000));
            ps.setString(5, cut(item.origin(), 2));
            setDecimal(ps, 6, item.quantity());
            ps.setString(7, cut(item.unit(), 10));
            setDecimal(ps, 8, item.value());
            ps.setString(9, cut(item.preference(), 10));
            ps.setString(10, cut(item.proofOfOrigin(), 100));
            ps.setString(11, item.attributes() == null ? null : json.writeValueAsString(item.attributes()));
        });
    }

    /**
     * Record a transition: the new status, channel, snapshots and amounts, if nobody changed the row since it was
     * read ({@code version}); returns whether it did.
     */
    public boolean update(StoredDeclaration d, DeclarationRequestJson amendedRequest) {
        int n = db.sql("update declaration set status = ?, channel = ?, request_json = ?, request_hash = ?, "
                        + "declaration_date = ?, assessment_json = ?, assessment_figures = ?, risk_json = ?, "
                        + "state_json = ?, payable = ?, paid = ?, updated_at = ?, version = version + 1 "
                        + "where id = ? and version = ?")
                .params(d.status(), d.channel(), d.requestJson(), d.requestHash(), d.declarationDate(),
                        d.assessmentJson(), d.assessmentFigures(), d.riskJson(), d.stateJson(), d.payable(), d.paid(),
                        d.updatedAt(), d.id(),
                        d.version())
                .update();
        if (n == 1 && amendedRequest != null) {
            replaceItems(d.id(), amendedRequest);
        }
        return n == 1;
    }

    public Optional<StoredDeclaration> find(String id) {
        return db.sql("select " + COLUMNS + " from declaration where id = ?").param(id)
                .query(DeclarationStore::row).optional();
    }

    public Optional<StoredDeclaration> findByReference(String importer, String reference) {
        return db.sql("select " + COLUMNS + " from declaration where importer = ? and reference = ?")
                .params(importer, reference).query(DeclarationStore::row).optional();
    }

    /** The importer's declarations lodged under any of the references (one query for a batch). */
    public List<StoredDeclaration> findByReferences(String importer, Collection<String> references) {
        List<StoredDeclaration> found = new ArrayList<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(references));
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            List<Object> params = new ArrayList<>(chunk);
            params.add(importer);
            found.addAll(db.sql("select " + COLUMNS + " from declaration where reference in (" + marks(chunk.size())
                    + ") and importer = ?").params(params).query(DeclarationStore::row).list());
        }
        return found;
    }

    /** How many declarations the importer lodged (the risk rules know first-time importers). */
    /**
     * How many declarations the importer lodged before, counted up to {@code cap}: the risk rules only ask whether
     * an importer is new, and counting every row of a busy importer on each lodgement would grow with its history.
     */
    public int countFor(String importer, int cap) {
        return db.sql("select count(*) from (select 1 from declaration where importer = ? limit " + cap + ") recent")
                .param(importer).query(Integer.class).single();
    }

    /** Declarations waiting for an officer: a yellow or red channel's check, or held; oldest first. */
    public List<StoredDeclaration> queue(int limit) {
        return db.sql("select " + COLUMNS + " from declaration where (status = 'SELECTED' and channel in ('YELLOW', "
                        + "'RED')) or status = 'HELD' order by lodged_at, id limit " + limit)
                .query(DeclarationStore::row).list();
    }

    public long count() {
        return db.sql("select count(*) from declaration").query(Long.class).single();
    }

    /**
     * Declarations, newest first: of the given importers (null = all), with the status (null = any) and the
     * declaration date within {@code from}..{@code to} (null = open).
     */
    public List<StoredDeclaration> list(Collection<String> importers, Collection<String> statuses, LocalDate from,
                                        LocalDate to, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from declaration where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (importers != null) {
            if (importers.isEmpty()) {
                return List.of();
            }
            sql.append(" and importer in (").append(marks(importers.size())).append(')');
            params.addAll(importers);
        }
        if (statuses != null && !statuses.isEmpty()) {
            sql.append(" and status in (").append(marks(statuses.size())).append(')');
            params.addAll(statuses);
        }
        if (from != null) {
            sql.append(" and declaration_date >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and declaration_date <= ?");
            params.add(to);
        }
        sql.append(" order by lodged_at desc, id limit ").append(limit);
        return db.sql(sql.toString()).params(params).query(DeclarationStore::row).list();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static StoredDeclaration row(ResultSet rs, int n) throws SQLException {
        return new StoredDeclaration(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getBigDecimal(14),
                rs.getBigDecimal(15), rs.getString(16), rs.getObject(17, OffsetDateTime.class),
                rs.getObject(18, OffsetDateTime.class), rs.getInt(19));
    }

    private static void setDecimal(java.sql.PreparedStatement ps, int index, String text) throws SQLException {
        BigDecimal value = null;
        if (text != null && !text.isBlank()) {
            try {
                value = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
