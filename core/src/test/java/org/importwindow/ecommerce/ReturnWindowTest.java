package org.importwindow.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ReturnWindowTest {
    final ReturnWindow window = new ReturnWindow(CbecWorld.LAW);
    static final LocalDate RELEASED = LocalDate.of(2026, 3, 1);

    @Test
    void a_list_released_on_1_march_may_be_returned_up_to_and_including_31_march() {
        assertThat(window.lastDay(RELEASED)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(window.allows(RELEASED, RELEASED)).isTrue();
        assertThat(window.allows(RELEASED, LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(window.allows(RELEASED, LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void a_return_dated_before_the_release_is_not_a_return() {
        assertThat(window.allows(RELEASED, LocalDate.of(2026, 2, 28))).isFalse();
    }

    @Test
    void since_2020_03_28_the_goods_have_45_days_to_arrive_before_that_30() {
        assertThat(window.arrivalAllows(RELEASED, LocalDate.of(2026, 4, 15))).isTrue();
        assertThat(window.arrivalAllows(RELEASED, LocalDate.of(2026, 4, 16))).isFalse();
        LocalDate released2019 = LocalDate.of(2019, 6, 1);
        assertThat(window.arrivalAllows(released2019, LocalDate.of(2019, 7, 1))).isTrue();
        assertThat(window.arrivalAllows(released2019, LocalDate.of(2019, 7, 2))).isFalse();
    }

    @Test
    void no_return_rule_is_in_the_data_before_2019() {
        assertThatThrownBy(() -> window.allows(LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 10)))
                .isInstanceOf(NoSuchElementException.class);
    }
}
