package org.importwindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ThirdWednesdayRuleTest {
    final ChinaHolidayCalendar calendar = ChinaHolidayCalendar.bundled();
    final ThirdWednesdayRule rule = new ThirdWednesdayRule(calendar);

    @Test
    void march_2025_declarations_use_the_rate_of_wednesday_19_february() {
        assertThat(rule.fixingDate(YearMonth.of(2025, 3))).isEqualTo(LocalDate.of(2025, 2, 19));
        assertThat(rule.shifted(YearMonth.of(2025, 3))).isFalse();
    }

    @Test
    void third_wednesday_is_found_whatever_weekday_the_month_starts_on() {
        // 2025-01-01 is a Wednesday (and New Year's Day, which does not matter: only the third Wednesday counts)
        assertThat(rule.fixingDate(YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 1, 15));
        // 2024-05-01 is a Wednesday in the Labour Day break
        assertThat(rule.fixingDate(YearMonth.of(2024, 6))).isEqualTo(LocalDate.of(2024, 5, 15));
        // 2025-04-01 is a Tuesday
        assertThat(rule.fixingDate(YearMonth.of(2025, 5))).isEqualTo(LocalDate.of(2025, 4, 16));
        // January's rate comes from December of the year before
        assertThat(rule.fixingDate(YearMonth.of(2025, 1))).isEqualTo(LocalDate.of(2024, 12, 18));
    }

    @Test
    void spring_festival_on_the_third_wednesday_moves_the_fixing_to_the_fourth() {
        // 2021-02-17 was the last day of the Spring Festival break (2021-02-11..17)
        assertThat(calendar.isHoliday(LocalDate.of(2021, 2, 17))).isTrue();
        assertThat(calendar.holidayName(LocalDate.of(2021, 2, 17))).contains("春节");
        assertThat(rule.fixingDate(YearMonth.of(2021, 3))).isEqualTo(LocalDate.of(2021, 2, 24));
        assertThat(rule.shifted(YearMonth.of(2021, 3))).isTrue();
        // same in 2018 (break 2018-02-15..21)
        assertThat(rule.fixingDate(YearMonth.of(2018, 3))).isEqualTo(LocalDate.of(2018, 2, 28));
    }

    @Test
    void calendar_covers_2005_to_2026() {
        assertThat(calendar.covers(2005)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 18))).as("Spring Festival 2026").isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 10, 9))).isFalse();
    }
}
