package org.importwindow.exchange;

import static org.importwindow.reference.load.BundledResources.get;

import java.io.Reader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.importwindow.reference.load.BundledResources;

/**
 * China's statutory public-holiday days off, as fixed each year by the State Council General Office's notice
 * (国务院办公厅关于&lt;year&gt;年部分节假日安排的通知). Data, not computation: the days off are decided by notice, not by
 * the lunar calendar alone. Bundled file: {@code data/cn-public-holidays.csv} (2005–2026).
 */
public final class ChinaHolidayCalendar {
    public static final String FILE = "cn-public-holidays.csv";

    private final Map<LocalDate, String> holidays;
    private final int firstYear;
    private final int lastYear;

    public ChinaHolidayCalendar(Map<LocalDate, String> holidays) {
        this.holidays = Map.copyOf(holidays);
        this.firstYear = holidays.keySet().stream().mapToInt(LocalDate::getYear).min().orElse(0);
        this.lastYear = holidays.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(-1);
    }

    public static ChinaHolidayCalendar bundled() {
        return load(BundledResources.open(FILE));
    }

    /** Reads {@code date,name_zh,...} rows. */
    public static ChinaHolidayCalendar load(Reader reader) {
        Map<LocalDate, String> days = new HashMap<>();
        for (CSVRecord r : BundledResources.read(reader, FILE)) {
            days.put(LocalDate.parse(get(r, "date")), get(r, "name_zh"));
        }
        return new ChinaHolidayCalendar(days);
    }

    /** Whether {@code date} is a statutory day off (weekend days inside a holiday break included). */
    public boolean isHoliday(LocalDate date) {
        return holidays.containsKey(date);
    }

    /** The holiday's Chinese name, e.g. 春节. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** Whether the calendar holds the notice for {@code year}. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
