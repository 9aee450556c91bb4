package org.importwindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private final WorkingDays days = WorkingDays.bundled();

    @Test
    void an_ordinary_week_has_five_working_days() {
        // Monday 2026-11-23 to Sunday 2026-11-29
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 29))).isEqualTo(5);
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
    }

    @Test
    void seven_working_days_from_a_friday_end_on_the_tuesday_nine_days_later() {
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 27), 7)).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void the_spring_festival_of_2026_is_off_and_its_saturdays_are_worked() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Monday in the holiday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse(); // its last day, a Monday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();  // Saturday before, worked
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();  // Saturday after, worked
        // a complaint received on Friday 13 February: Sat 14, Tue 24 .. Fri 27, Sat 28, Mon 2 March
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 13), 7)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void national_day_2025_merged_with_mid_autumn_is_eight_days_off() {
        assertThat(days.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 8))).isZero();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
    }

    @Test
    void a_year_without_its_notice_is_counted_monday_to_friday_and_says_so() {
        assertThat(days.covers(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(days.covers(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue(); // a Friday; the 2027 notice is not in yet
    }

    @Test
    void counting_back_is_negative() {
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 20))).isEqualTo(-5);
    }

    @Test
    void a_weekday_listed_as_a_worked_weekend_day_is_refused() {
        assertThatThrownBy(() -> WorkingDays.parse("""
                2026:
                  notice: n
                  citation: c
                  holidays: []
                  workdays: [2026-11-27]
                """)).hasMessageContaining("2026-11-27");
    }
}
