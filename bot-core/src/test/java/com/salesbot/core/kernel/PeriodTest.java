package com.salesbot.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void monthOfADayIsTheWholeCalendarMonth() {
        assertThat(Period.monthOf(FRIDAY)).isEqualTo(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(Period.monthOf(LocalDate.of(2028, 2, 10)).end()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void weekRunsMondayToSunday() {
        Period week = new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));

        assertThat(Period.weekOf(FRIDAY)).isEqualTo(week);
        assertThat(Period.weekOf(LocalDate.of(2026, 11, 23))).isEqualTo(week);
        assertThat(Period.weekOf(LocalDate.of(2026, 11, 29))).isEqualTo(week);
        assertThat(Period.weekOf(LocalDate.of(2026, 12, 31)).end()).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void containsBothEnds() {
        Period november = Period.monthOf(FRIDAY);

        assertThat(november.contains(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(november.contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(november.contains(LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(november.contains(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(Period.day(FRIDAY).contains(FRIDAY)).isTrue();
    }

    @Test
    void daysElapsedCountsTodayAndStaysWithinTheLength() {
        Period november = Period.monthOf(FRIDAY);

        assertThat(november.lengthInDays()).isEqualTo(30);
        assertThat(november.daysElapsed(FRIDAY)).isEqualTo(27);
        assertThat(november.daysElapsed(LocalDate.of(2026, 11, 1))).isEqualTo(1);
        assertThat(november.daysElapsed(LocalDate.of(2026, 10, 31))).isZero();
        assertThat(november.daysElapsed(LocalDate.of(2027, 1, 1))).isEqualTo(30);
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Period(FRIDAY, FRIDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-11-27..2026-11-26");
        assertThatThrownBy(() -> new Period(null, FRIDAY)).isInstanceOf(NullPointerException.class);
        assertThat(new Period(FRIDAY, FRIDAY)).hasToString("2026-11-27..2026-11-27");
    }
}
