package com.salesbot.core.away;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.LocalDate;
import java.util.List;

/**
 * Records that the speaker is away ("off until Friday", "下周休假"): the days stated as a period (a
 * single date is that one day; nothing stated is today), from today at the earliest. The reply names
 * the first and last day away and the day back, so a misread date is seen at once.
 */
public final class SetAwaySkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.SET_AWAY,
            List.of("I'm off until Friday", "out of office next week"),
            List.of("下周休假", "我明天请假"),
            List.of(),
            Role.REP,
            SideEffect.WRITES);

    private final AbsenceStore absences;

    public SetAwaySkill(AbsenceStore absences) {
        this.absences = absences;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        LocalDate today = ctx.today();
        Period stated = ctx.entities()
                .period()
                .or(() -> ctx.entities().whenDate().map(Period::day))
                .orElse(Period.day(today));
        if (stated.end().isBefore(today)) {
            return ctx.reply("away.past", DayFormat.day(stated.end(), ctx.lang()));
        }
        Period days = new Period(stated.start().isBefore(today) ? today : stated.start(), stated.end());
        absences.save(new Absence(
                "away:" + ctx.source().messageKey(),
                ctx.speaker().id(),
                ctx.team().id(),
                days,
                ctx.source()));
        return ctx.reply(
                "away.set",
                DayFormat.day(days.start(), ctx.lang()),
                DayFormat.day(days.end(), ctx.lang()),
                DayFormat.day(days.end().plusDays(1), ctx.lang()));
    }
}
