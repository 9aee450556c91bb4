package org.importwindow.exchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Which day's rate is the customs rate of a month: the rate of the third Wednesday of the previous month, or of the
 * fourth Wednesday when the third is a public holiday (Customs Tax Collection Measures, 海关征税管理办法 — verify
 * article; law README section 2).
 */
public final class ThirdWednesdayRule {
    private final ChinaHolidayCalendar holidays;

    public ThirdWednesdayRule(ChinaHolidayCalendar holidays) {
        this.holidays = holidays;
    }

    /** The day whose rate declarations of {@code customsMonth} use. */
    public LocalDate fixingDate(YearMonth customsMonth) {
        YearMonth previous = customsMonth.minusMonths(1);
        LocalDate day = previous.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.WEDNESDAY));
        // the rule names only the fourth Wednesday; a further step is our guard should a break ever cover both
        while (holidays.isHoliday(day) && YearMonth.from(day.plusWeeks(1)).equals(previous)) {
            day = day.plusWeeks(1);
        }
        return day;
    }

    /** Whether the fixing day of {@code customsMonth} moved off the third Wednesday because of a holiday. */
    public boolean shifted(YearMonth customsMonth) {
        LocalDate third = customsMonth.minusMonths(1).atDay(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.WEDNESDAY));
        return !fixingDate(customsMonth).equals(third);
    }
}
