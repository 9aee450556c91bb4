package org.importwindow.tariff.load;

import static org.importwindow.tariff.load.MeasureFileFormat.ARRANGEMENT;
import static org.importwindow.tariff.load.MeasureFileFormat.COMMODITY_CODE;
import static org.importwindow.tariff.load.MeasureFileFormat.CONDITIONS;
import static org.importwindow.tariff.load.MeasureFileFormat.DUTY_EXPRESSION;
import static org.importwindow.tariff.load.MeasureFileFormat.FOOTNOTES;
import static org.importwindow.tariff.load.MeasureFileFormat.GEOGRAPHICAL_AREA;
import static org.importwindow.tariff.load.MeasureFileFormat.LEGAL_ACT;
import static org.importwindow.tariff.load.MeasureFileFormat.SID;
import static org.importwindow.tariff.load.MeasureFileFormat.TYPE;
import static org.importwindow.tariff.load.MeasureFileFormat.VALID_FROM;
import static org.importwindow.tariff.load.MeasureFileFormat.VALID_TO;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.duty.DutyExpression;
import org.importwindow.tariff.duty.DutyExpressionException;

/**
 * Streams a measure file and checks every row against an {@link ImportContext}. Expression and condition texts are
 * parsed once each and shared between rows (a national schedule repeats "0%" tens of thousands of times).
 * Not thread-safe; one reader per file.
 */
final class MeasureFileReader {
    /** Beyond this many errors the rest are counted, not listed, so a wholly wrong file cannot exhaust memory. */
    static final int MAX_LISTED_ERRORS = 10_000;
    private static final Pattern CODE = Pattern.compile("(\\d\\d){1,5}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern GROUP = Pattern.compile("[A-Z][A-Z0-9_-]{2,}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
    private static final int PROGRESS_EVERY = 5_000;

    private final ImportContext context;
    private final Map<String, Object> expressions = new HashMap<>();
    private final Map<String, Object> conditions = new HashMap<>();
    private final Map<String, List<String>> footnoteLists = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Set<String> goodCodes = new HashSet<>();
    private final Set<String> goodAreas = new HashSet<>();
    private final Set<Long> sids = new HashSet<>();
    private final List<MeasureFileError> errors = new ArrayList<>();
    private final Set<String> arrangements;
    private long unlisted;

    MeasureFileReader(ImportContext context) {
        this.context = context;
        if (context.referenceData() != null && !context.referenceData().arrangements().isEmpty()) {
            Set<String> codes = new HashSet<>();
            context.referenceData().arrangements().forEach(a -> codes.add(a.code()));
            this.arrangements = codes;
        } else {
            this.arrangements = ImportContext.DEFAULT_ARRANGEMENTS;
        }
    }

    ImportResult read(Reader in) {
        List<Measure> measures = new ArrayList<>();
        long rows = 0;
        try (CSVParser parser = CSVParser.parse(in, MeasureFileFormat.CSV)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                error(1, "", MeasureRule.HEADER, "the file is empty; it must start with the header "
                        + String.join(",", MeasureFileFormat.COLUMNS));
                return result(measures, 0);
            }
            if (!checkHeader(it.next())) {
                return result(measures, 0);
            }
            while (it.hasNext()) {
                CSVRecord record = it.next();
                rows++;
                Measure m = readRow(record);
                if (m != null && errors.isEmpty()) {
                    measures.add(m);
                } else if (!errors.isEmpty() && !measures.isEmpty()) {
                    measures = new ArrayList<>(); // nothing will be imported; free the memory early
                }
                if (rows % PROGRESS_EVERY == 0) {
                    context.progress().progress(rows, context.totalRows());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            error(rows + 2, "", MeasureRule.FILE, "cannot read the file after row " + (rows + 1) + ": "
                    + e.getMessage());
        }
        context.progress().progress(rows, context.totalRows() < 0 ? rows : context.totalRows());
        return result(measures, rows);
    }

    private ImportResult result(List<Measure> measures, long rows) {
        if (unlisted > 0) {
            errors.add(new MeasureFileError(0, "", MeasureRule.FILE.code(),
                    unlisted + " more error(s) not listed; fix the ones above and check again"));
        }
        return errors.isEmpty() ? new ImportResult(measures, List.of(), rows)
                : new ImportResult(List.of(), errors, rows);
    }

    private boolean checkHeader(CSVRecord header) {
        List<String> names = new ArrayList<>();
        header.forEach(names::add);
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        names.replaceAll(String::strip);
        if (!names.equals(MeasureFileFormat.COLUMNS)) {
            error(1, "", MeasureRule.HEADER, "the header is '" + String.join(",", names) + "'; expected '"
                    + String.join(",", MeasureFileFormat.COLUMNS) + "'");
            return false;
        }
        return true;
    }

    private Measure readRow(CSVRecord r) {
        long row = r.getRecordNumber();
        if (r.size() != MeasureFileFormat.COLUMNS.size()) {
            error(row, "", MeasureRule.COLUMN_COUNT, "the row has " + r.size() + " columns; the header has "
                    + MeasureFileFormat.COLUMNS.size());
            return null;
        }
        int before = errors.size() + (int) Math.min(Integer.MAX_VALUE, unlisted);
        long sid = readSid(row, r.get(0).strip());
        MeasureType type = readType(row, r.get(1).strip());
        String code = readCode(row, r.get(2).strip());
        String area = readArea(row, r.get(3).strip());
        String arrangement = readArrangement(row, type, r.get(4).strip());
        LocalDate from = readDate(row, VALID_FROM, MeasureRule.VALID_FROM, r.get(5).strip(), true);
        LocalDate to = readDate(row, VALID_TO, MeasureRule.VALID_TO, r.get(6).strip(), false);
        if (from != null && to != null && from.isAfter(to)) {
            error(row, VALID_TO, MeasureRule.DATE_ORDER, "valid_from " + from + " is after valid_to " + to);
        }
        DutyExpression duty = readExpression(row, type, r.get(7).strip());
        List<MeasureCondition> conds = readConditions(row, r.get(8).strip());
        List<String> notes = readFootnotes(row, r.get(9).strip());
        String act = readLegalAct(row, r.get(10).strip());
        String order = r.get(11).strip();
        if (errors.size() + (int) Math.min(Integer.MAX_VALUE, unlisted) != before) {
            return null;
        }
        return new Measure(sid, type, code, area, arrangement, from, to, duty, conds, notes, act,
                order.isEmpty() ? null : intern(order));
    }

    private long readSid(long row, String text) {
        long sid;
        try {
            sid = Long.parseLong(text);
        } catch (NumberFormatException e) {
            error(row, SID, MeasureRule.SID, "'" + text + "' is not a whole number");
            return -1;
        }
        if (sid <= 0) {
            error(row, SID, MeasureRule.SID, "sid must be positive, was " + sid);
            return -1;
        }
        if (!sids.add(sid)) {
            error(row, SID, MeasureRule.DUPLICATE_SID, "sid " + sid + " is used by an earlier row");
        }
        return sid;
    }

    private MeasureType readType(long row, String text) {
        try {
            return MeasureType.valueOf(text);
        } catch (IllegalArgumentException e) {
            error(row, TYPE, MeasureRule.TYPE, "'" + text + "' is not a measure type (MFN, PROVISIONAL, "
                    + "CONVENTIONAL, SPECIAL_PREFERENTIAL, GENERAL, IN_QUOTA, ..., CONSUMPTION_TAX, VAT)");
            return null;
        }
    }

    private String readCode(long row, String code) {
        if (goodCodes.contains(code)) {
            return intern(code);
        }
        if (!CODE.matcher(code).matches()) {
            error(row, COMMODITY_CODE, MeasureRule.CODE_FORMAT, "'" + code
                    + "' is not a commodity code of 2, 4, 6, 8 or 10 digits");
            return null;
        }
        if (context.nomenclature() != null && context.nomenclature().commodity(code).isEmpty()) {
            error(row, COMMODITY_CODE, MeasureRule.CODE_UNKNOWN, "commodity code " + code
                    + " is not in the nomenclature");
            return null;
        }
        goodCodes.add(code);
        return intern(code);
    }

    private String readArea(long row, String area) {
        if (goodAreas.contains(area)) {
            return intern(area);
        }
        boolean known;
        if (context.referenceData() != null) {
            known = context.referenceData().country(area).isPresent()
                    || context.referenceData().group(area).isPresent();
        } else {
            known = COUNTRY.matcher(area).matches() || GROUP.matcher(area).matches();
        }
        if (!known) {
            error(row, GEOGRAPHICAL_AREA, MeasureRule.AREA, area.isEmpty() ? "geographical area is missing"
                    : "'" + area + "' is neither a known country code nor a known country group id");
            return null;
        }
        goodAreas.add(area);
        return intern(area);
    }

    private String readArrangement(long row, MeasureType type, String code) {
        boolean preferential = type == MeasureType.CONVENTIONAL || type == MeasureType.SPECIAL_PREFERENTIAL;
        if (!preferential) {
            if (!code.isEmpty() && type != null) {
                error(row, ARRANGEMENT, MeasureRule.ARRANGEMENT_NOT_ALLOWED, type + " measures have no arrangement;"
                        + " leave it empty (was '" + code + "')");
            }
            return null;
        }
        if (code.isEmpty() || !arrangements.contains(code)) {
            error(row, ARRANGEMENT, MeasureRule.ARRANGEMENT, code.isEmpty()
                    ? type + " measures need the code of their arrangement, e.g. AU or LD"
                    : "'" + code + "' is not a known preferential arrangement code");
            return null;
        }
        return intern(code);
    }

    private LocalDate readDate(long row, String column, MeasureRule rule, String text, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                error(row, column, rule, column + " is missing");
            }
            return null;
        }
        LocalDate known = dates.get(text);
        if (known != null) {
            return known;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            dates.put(text, date);
            return date;
        } catch (DateTimeParseException e) {
            error(row, column, rule, "'" + text + "' is not a date of the form YYYY-MM-DD");
            return null;
        }
    }

    private DutyExpression readExpression(long row, MeasureType type, String text) {
        if (text.isEmpty()) {
            if (type != null && type.family() != MeasureType.Family.NON_TARIFF) {
                error(row, DUTY_EXPRESSION, MeasureRule.EXPRESSION_MISSING, type + " measures need a duty expression");
            }
            return null;
        }
        Object parsed = expressions.get(text);
        if (parsed == null) {
            try {
                parsed = context.parser().apply(text);
            } catch (DutyExpressionException e) {
                parsed = e.code() + " " + e.getMessage();
            } catch (RuntimeException e) {
                parsed = "cannot parse: " + e.getMessage();
            }
            expressions.put(text, parsed);
        }
        if (parsed instanceof DutyExpression d) {
            return d;
        }
        error(row, DUTY_EXPRESSION, MeasureRule.EXPRESSION, "'" + text + "': " + parsed);
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<MeasureCondition> readConditions(long row, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        Object parsed = conditions.get(text);
        if (parsed == null) {
            try {
                parsed = List.copyOf(ConditionSyntax.parse(text));
            } catch (IllegalArgumentException e) {
                parsed = e.getMessage();
            }
            conditions.put(text, parsed);
        }
        if (parsed instanceof List<?> list) {
            return (List<MeasureCondition>) list;
        }
        error(row, CONDITIONS, MeasureRule.CONDITION, (String) parsed);
        return List.of();
    }

    private List<String> readFootnotes(long row, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> cached = footnoteLists.get(text);
        if (cached != null) {
            return cached;
        }
        List<String> ids = new ArrayList<>();
        boolean ok = true;
        for (String part : text.split(";", -1)) {
            String id = part.strip();
            if (!ID.matcher(id).matches()) {
                error(row, FOOTNOTES, MeasureRule.FOOTNOTE, "'" + id + "' is not a footnote id");
                ok = false;
            } else if (context.footnotes() != null && !context.footnotes().contains(id)) {
                error(row, FOOTNOTES, MeasureRule.FOOTNOTE, "footnote " + id + " is not in the footnote file");
                ok = false;
            } else {
                ids.add(intern(id));
            }
        }
        List<String> result = List.copyOf(ids);
        if (ok) {
            footnoteLists.put(text, result);
        }
        return result;
    }

    private String readLegalAct(long row, String id) {
        if (id.isEmpty()) {
            error(row, LEGAL_ACT, MeasureRule.LEGAL_ACT, "every measure needs the legal act that made it");
            return null;
        }
        if (context.legalActs() != null ? !context.legalActs().contains(id) : !ID.matcher(id).matches()) {
            error(row, LEGAL_ACT, MeasureRule.LEGAL_ACT, "legal act '" + id + "' is not in the legal acts file");
            return null;
        }
        return intern(id);
    }

    private String intern(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private void error(long row, String column, MeasureRule rule, String message) {
        if (errors.size() < MAX_LISTED_ERRORS) {
            errors.add(new MeasureFileError(row, column, rule, message));
        } else {
            unlisted++;
        }
    }
}
