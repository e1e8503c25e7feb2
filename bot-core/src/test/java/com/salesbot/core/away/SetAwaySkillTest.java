package com.salesbot.core.away;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SetAwaySkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void recordsTheDaysAwayAndNamesTheDayBack() {
        String text = world.tell(
                        world.alice(),
                        "I'm out next week",
                        Intent.SET_AWAY,
                        entities(Entities.PERIOD, new Period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6))))
                .text();

        assertThat(text)
                .isEqualTo("Got it: you're away from Mon 2026-11-30 to Sun 2026-12-06. No report prompts or"
                        + " follow-up nudges until you're back on Mon 2026-12-07; nudges due meanwhile come at 09:00"
                        + " on your first morning back. Say \"I'm back\" to end it early.");
        assertThat(world.absences().isAway(world.alice().id(), LocalDate.of(2026, 12, 4)))
                .isTrue();
        assertThat(world.absences().isAway(world.alice().id(), LocalDate.of(2026, 12, 7)))
                .isFalse();
        assertThat(world.absences().isAway(world.bob().id(), LocalDate.of(2026, 12, 4)))
                .isFalse();
    }

    @Test
    void withoutADateTheRepIsAwayTodayAndRepliesComeInChinese() {
        String text = world.tell(world.bob(), "我今天请假", Intent.SET_AWAY, Entities.none(), Lang.ZH)
                .text();

        assertThat(text).startsWith("好的：你从 2026-11-27 周五 到 2026-11-27 周五 休假。2026-11-28 周六 回来之前");
        assertThat(world.absences().isAway(world.bob().id(), TODAY)).isTrue();
    }

    @Test
    void aPeriodThatBeganEarlierStartsToday() {
        world.tell(world.alice(), "off this week", Intent.SET_AWAY, entities(Entities.PERIOD, Period.weekOf(TODAY)));

        assertThat(world.absences().all())
                .singleElement()
                .satisfies(a -> assertThat(a.days()).isEqualTo(new Period(TODAY, LocalDate.of(2026, 11, 29))));
    }

    @Test
    void aPeriodAlreadyOverIsRefusedAndNothingIsStored() {
        String text = world.tell(
                        world.alice(),
                        "I was off yesterday",
                        Intent.SET_AWAY,
                        entities(Entities.PERIOD, Period.day(TODAY.minusDays(1))))
                .text();

        assertThat(text)
                .isEqualTo(
                        "Thu 2026-11-26 is already past. Tell me the days you'll be away, e.g. \"off until Friday\".");
        assertThat(world.absences().all()).isEmpty();
    }
}
