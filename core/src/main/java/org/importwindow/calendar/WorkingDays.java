package org.importwindow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The working-day calendar: which days count when the law says "within n working days". Years whose holiday notice
 * is known follow it; other years are counted Monday to Friday, and {@link #covers(LocalDate)} says which is which so
 * a page can tell its reader that a deadline in such a year may move when the notice comes out.
 */
public final class WorkingDays {
    private static final String BUNDLED = "/law/working-days.yaml";
    private static volatile WorkingDays bundled;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Map<Integer, Notice> notices;

    /** One year's holiday notice: its title and number, and where its text was read. */
    public record Notice(int year, String notice, String citation) {
    }

    /**
     * A calendar from explicit data.
     *
     * @param holidays public holidays (days off even on a weekday)
     * @param workdays weekend days that are working days
     * @param notices  the years these cover, with their notices
     */
    public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> workdays, Collection<Notice> notices) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        Map<Integer, Notice> byYear = new TreeMap<>();
        notices.forEach(n -> byYear.put(n.year(), n));
        this.notices = Map.copyOf(byYear);
        for (LocalDate d : this.holidays) {
            if (this.workdays.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and a working day");
            }
        }
    }

    /** The calendar bundled with the core ({@code law/working-days.yaml}). */
    public static WorkingDays bundled() {
        WorkingDays result = bundled;
        if (result == null) {
            try (InputStream in = WorkingDays.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the classpath");
                }
                result = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = result;
        }
        return result;
    }

    /** Read a calendar in the format of {@code law/working-days.yaml}. */
    public static WorkingDays parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> years)) {
            throw new IllegalArgumentException("working days: expected a map of years");
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        List<Notice> notices = new java.util.ArrayList<>();
        for (Map.Entry<?, ?> e : years.entrySet()) {
            int year = Integer.parseInt(String.valueOf(e.getKey()));
            if (!(e.getValue() instanceof Map<?, ?> y)) {
                throw new IllegalArgumentException("working days " + year + ": expected notice, citation, holidays, workdays");
            }
            notices.add(new Notice(year, text(y, "notice", year), text(y, "citation", year)));
            for (Object item : list(y, "holidays")) {
                addDays(holidays, item, year);
            }
            for (Object item : list(y, "workdays")) {
                addDays(workdays, item, year);
            }
        }
        for (LocalDate d : workdays) {
            if (!isWeekend(d)) {
                throw new IllegalArgumentException("working days: " + d + " is listed as a working weekend day but is a weekday");
            }
        }
        return new WorkingDays(holidays, workdays, notices);
    }

    /** Whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        return workdays.contains(date) || !isWeekend(date);
    }

    /** The {@code n}-th working day after {@code start} ({@code start} itself not counted); {@code n >= 0}. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = start;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the holiday notice of {@code date}'s year is known; when not, that year is counted Monday to Friday. */
    public boolean covers(LocalDate date) {
        return notices.containsKey(date.getYear());
    }

    /** The notices this calendar follows, by year. */
    public Collection<Notice> notices() {
        return new TreeMap<>(notices).values();
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    private static String text(Map<?, ?> y, String key, int year) {
        Object v = y.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalArgumentException("working days " + year + ": " + key + " is required");
        }
        return String.valueOf(v);
    }

    private static List<?> list(Map<?, ?> y, String key) {
        Object v = y.get(key);
        return v instanceof List<?> l ? l : List.of();
    }

    // SnakeYAML reads an unquoted 2026-01-01 as a timestamp at midnight UTC, and a range as text
    private static void addDays(Set<LocalDate> into, Object item, int year) {
        LocalDate from;
        LocalDate to;
        if (item instanceof Date date) {
            from = date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            to = from;
        } else {
            String s = String.valueOf(item).trim();
            int dots = s.indexOf("..");
            from = LocalDate.parse(dots < 0 ? s : s.substring(0, dots).trim());
            to = dots < 0 ? from : LocalDate.parse(s.substring(dots + 2).trim());
        }
        if (from.getYear() != year || to.getYear() != year || to.isBefore(from)) {
            throw new IllegalArgumentException("working days " + year + ": " + item + " is not a range within the year");
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            into.add(d);
        }
    }
}
