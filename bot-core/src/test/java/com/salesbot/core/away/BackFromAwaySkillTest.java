package com.salesbot.core.away;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BackFromAwaySkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void comingBackEarlyEndsTheAbsenceYesterdayAndKeepsTheDaysAlreadyAway() {
        world.tell(
                world.alice(),
                "off until next Friday",
                Intent.SET_AWAY,
                entities(Entities.PERIOD, new Period(TODAY, LocalDate.of(2026, 12, 3))));
        world.advance(Duration.ofDays(4));

        String text =
                world.tell(world.alice(), "I'm back", Intent.BACK_FROM_AWAY).text();

        assertThat(text)
                .isEqualTo("Welcome back! Report prompts and follow-up nudges are on again; nudges held while you were"
                        + " away come at the next 09:00.");
        assertThat(world.absences().isAway(world.alice().id(), LocalDate.of(2026, 12, 1)))
                .isFalse();
        assertThat(world.absences().isAway(world.alice().id(), LocalDate.of(2026, 11, 30)))
                .isTrue();
    }

    @Test
    void anAbsenceNotYetBegunIsDropped() {
        world.tell(
                world.bob(),
                "下周休假",
                Intent.SET_AWAY,
                entities(Entities.PERIOD, new Period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6))),
                Lang.ZH);

        String text = world.tell(world.bob(), "我回来了", Intent.BACK_FROM_AWAY, Entities.none(), Lang.ZH)
                .text();

        assertThat(text).isEqualTo("欢迎回来！日报提醒和跟进提醒已恢复；休假期间暂存的跟进提醒会在下一个 09:00 发给你。");
        assertThat(world.absences().all()).isEmpty();
    }

    @Test
    void someoneNotAwayIsToldNothingChanged() {
        assertThat(world.tell(world.alice(), "I'm back", Intent.BACK_FROM_AWAY).text())
                .isEqualTo("You're not marked away, so nothing changed.");
    }
}
