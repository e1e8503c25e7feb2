package com.salesbot.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
    private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 11, 30, 9, 0);

    @Test
    void readsAndWritesEveryRuleOfTheContractSubset() {
        for (String rule : List.of(
                "FREQ=DAILY",
                "FREQ=WEEKLY;BYDAY=MO",
                "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "FREQ=MONTHLY;BYMONTHDAY=1",
                "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2",
                "FREQ=DAILY;INTERVAL=3")) {
            assertThat(Recurrence.parse(rule).toRule()).isEqualTo(rule);
        }
    }

    @Test
    void refusesRulesOutsideTheSubset() {
        assertThatThrownBy(() -> Recurrence.parse("FREQ=YEARLY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;COUNT=3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.parse("BYDAY=MO")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dailyRepeatsEveryDayAtTheAnchorTime() {
        assertThat(expand("FREQ=DAILY", MONDAY_9, MONDAY_9, 3))
                .containsExactly(MONDAY_9, MONDAY_9.plusDays(1), MONDAY_9.plusDays(2));
    }

    @Test
    void dailyWithIntervalSkipsDaysCountedFromTheAnchor() {
        assertThat(expand("FREQ=DAILY;INTERVAL=3", MONDAY_9, MONDAY_9.plusDays(1), 2))
                .containsExactly(MONDAY_9.plusDays(3), MONDAY_9.plusDays(6));
    }

    @Test
    void weekdaysSkipTheWeekend() {
        LocalDateTime friday18 = LocalDateTime.of(2026, 11, 27, 18, 0);
        assertThat(expand("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", friday18, friday18, 3))
                .containsExactly(friday18, friday18.plusDays(3), friday18.plusDays(4));
    }

    @Test
    void everyOtherTuesdayCountsWeeksFromTheAnchor() {
        LocalDateTime tuesday = LocalDateTime.of(2026, 12, 1, 9, 0);
        assertThat(expand("FREQ=WEEKLY;BYDAY=TU;INTERVAL=2", tuesday, tuesday.plusDays(1), 2))
                .containsExactly(tuesday.plusWeeks(2), tuesday.plusWeeks(4));
    }

    @Test
    void aTimeAlreadyPassedTodayMovesToTheNextOccurrence() {
        assertThat(expand("FREQ=DAILY", MONDAY_9, MONDAY_9.plusDays(2).withHour(10), 1))
                .containsExactly(MONDAY_9.plusDays(3));
    }

    @Test
    void monthlyOnThe31stSkipsMonthsWithoutOne() {
        LocalDateTime jan31 = LocalDateTime.of(2027, 1, 31, 9, 0);
        assertThat(expand("FREQ=MONTHLY;BYMONTHDAY=31", jan31, jan31, 3))
                .containsExactly(jan31, LocalDateTime.of(2027, 3, 31, 9, 0), LocalDateTime.of(2027, 5, 31, 9, 0));
    }

    @Test
    void monthlyOnTheFirstStartsNextMonthWhenTodayIsPast() {
        LocalDateTime dec1 = LocalDateTime.of(2026, 12, 1, 9, 0);
        assertThat(expand("FREQ=MONTHLY;BYMONTHDAY=1", dec1, LocalDateTime.of(2026, 12, 15, 0, 0), 2))
                .containsExactly(LocalDateTime.of(2027, 1, 1, 9, 0), LocalDateTime.of(2027, 2, 1, 9, 0));
    }

    @Test
    void findsOccurrencesFarAfterTheAnchorWithoutWalkingFromIt() {
        LocalDateTime later = MONDAY_9.plusYears(5);
        assertThat(expand("FREQ=WEEKLY;BYDAY=MO", MONDAY_9, later, 1).get(0).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    private static List<LocalDateTime> expand(String rule, LocalDateTime anchor, LocalDateTime from, int count) {
        Recurrence recurrence = Recurrence.parse(rule);
        List<LocalDateTime> out = new ArrayList<>();
        LocalDateTime cursor = from;
        for (int i = 0; i < count; i++) {
            LocalDateTime next = recurrence.firstOnOrAfter(anchor, cursor).orElseThrow();
            out.add(next);
            cursor = next.plusMinutes(1);
        }
        return out;
    }
}
