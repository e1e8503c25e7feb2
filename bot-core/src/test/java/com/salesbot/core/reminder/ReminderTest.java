package com.salesbot.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void nineOClockStaysNineOClockLocalAcrossTheAutumnChange() {
        // New York falls back on Sunday 2026-11-01.
        Reminder daily = reminder(LocalDateTime.of(2026, 10, 30, 9, 0), "FREQ=DAILY");

        List<ZonedDateTime> local = next(daily, 4);

        assertThat(local).extracting(t -> t.toLocalTime().toString()).containsOnly("09:00");
        assertThat(local.get(0).getOffset()).isNotEqualTo(local.get(3).getOffset());
    }

    @Test
    void aTimeTheSpringChangeSkipsMovesForwardByTheGap() {
        // 2027-03-14 02:30 does not exist in New York; it becomes 03:30.
        Reminder daily = reminder(LocalDateTime.of(2027, 3, 13, 2, 30), "FREQ=DAILY");

        List<ZonedDateTime> local = next(daily, 3);

        assertThat(local)
                .extracting(t -> t.toLocalDateTime().toString())
                .containsExactly("2027-03-13T02:30", "2027-03-14T03:30", "2027-03-15T02:30");
    }

    @Test
    void aTimeTheAutumnChangeRepeatsIsDeliveredOnceAtTheFirstOfTheTwo() {
        // 2026-11-01 01:30 happens twice in New York: first at -04:00, then at -05:00.
        Reminder daily = reminder(LocalDateTime.of(2026, 10, 31, 1, 30), "FREQ=DAILY");

        List<ZonedDateTime> local = next(daily, 3);

        assertThat(local.get(1).toString()).isEqualTo("2026-11-01T01:30-04:00[America/New_York]");
        assertThat(local.get(2).toLocalDateTime().toString()).isEqualTo("2026-11-02T01:30");
    }

    @Test
    void aOneOffReminderHasNoFurtherOccurrence() {
        Reminder once = Reminder.create(
                "r1",
                new PersonId("alice"),
                "west",
                "call Acme",
                List.of(new Recipient.Person(new PersonId("alice"))),
                NEW_YORK,
                LocalDateTime.of(2026, 12, 1, 15, 0),
                null,
                source());

        assertThat(once.nextDue()).isEqualTo(Instant.parse("2026-12-01T20:00:00Z"));
        assertThat(once.occurrenceAfter(once.nextDue())).isEmpty();
    }

    @Test
    void aRuleStartsAtItsFirstMatchingDayOnOrAfterTheRequestedOne() {
        // Asked on a Friday for "every Monday at 9".
        Reminder weekly = reminder(LocalDateTime.of(2026, 11, 27, 9, 0), "FREQ=WEEKLY;BYDAY=MO");

        assertThat(weekly.local(weekly.nextDue()).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 30, 9, 0));
    }

    private static List<ZonedDateTime> next(Reminder reminder, int count) {
        List<ZonedDateTime> out = new java.util.ArrayList<>();
        Instant at = reminder.nextDue();
        for (int i = 0; i < count; i++) {
            out.add(reminder.local(at));
            at = reminder.occurrenceAfter(at).orElseThrow();
        }
        return out;
    }

    private static Reminder reminder(LocalDateTime anchor, String rule) {
        return Reminder.create(
                "r1",
                new PersonId("alice"),
                "west",
                "stand-up",
                List.of(new Recipient.Person(new PersonId("alice"))),
                NEW_YORK,
                anchor,
                Recurrence.parse(rule),
                source());
    }

    private static Source source() {
        return new Source(new PersonId("alice"), "m1", Instant.parse("2026-10-01T00:00:00Z"));
    }
}
