package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.nlp.normalize.Recurrence.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
    private static final LocalDateTime FRIDAY_TEN = LocalDateTime.of(2026, 11, 27, 10, 0);

    @Test
    void writesTheRuleInTheContractsOrderWithDaysMondayFirst() {
        Recurrence rule = new Recurrence(Frequency.WEEKLY, List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), null, 2);

        assertThat(rule.toRrule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH;INTERVAL=2");
    }

    @Test
    void firstOccurrenceOfEveryMondayAtNineIsNextMondayMorning() {
        Recurrence everyMonday = new Recurrence(Frequency.WEEKLY, List.of(DayOfWeek.MONDAY), null, 1);

        assertThat(everyMonday.firstOccurrence(FRIDAY_TEN.toLocalDate(), Optional.of(LocalTime.of(9, 0)), FRIDAY_TEN))
                .contains(LocalDateTime.of(2026, 11, 30, 9, 0));
    }

    @Test
    void firstOccurrenceIsTodayWhenTheTimeIsStillAhead() {
        Recurrence daily = new Recurrence(Frequency.DAILY, List.of(), null, 1);

        assertThat(daily.firstOccurrence(FRIDAY_TEN.toLocalDate(), Optional.of(LocalTime.of(18, 0)), FRIDAY_TEN))
                .contains(LocalDateTime.of(2026, 11, 27, 18, 0));
        assertThat(daily.firstOccurrence(FRIDAY_TEN.toLocalDate(), Optional.of(LocalTime.of(8, 0)), FRIDAY_TEN))
                .contains(LocalDateTime.of(2026, 11, 28, 8, 0));
    }

    @Test
    void firstOccurrenceWithoutATimeIsADate() {
        Recurrence fifteenth = new Recurrence(Frequency.MONTHLY, List.of(), 15, 1);

        assertThat(fifteenth.firstOccurrence(FRIDAY_TEN.toLocalDate(), Optional.empty(), FRIDAY_TEN))
                .contains(LocalDate.of(2026, 12, 15));
    }

    @Test
    void rejectsRulesThatCannotHappen() {
        assertThatThrownBy(() -> new Recurrence(Frequency.MONTHLY, List.of(), 32, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recurrence(Frequency.DAILY, List.of(), null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
