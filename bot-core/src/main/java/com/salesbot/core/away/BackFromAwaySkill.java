package com.salesbot.core.away;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.LocalDate;
import java.util.List;

/**
 * Ends the speaker's absence early ("I'm back", "我回来了"): an absence under way now ends yesterday
 * (the days already away stay on record, so missing-report lists still leave them out), and one that
 * has not started yet is dropped. Prompts and nudges resume from today.
 */
public final class BackFromAwaySkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.BACK_FROM_AWAY, List.of("I'm back"), List.of("我回来了"), List.of(), Role.REP, SideEffect.WRITES);

    private final AbsenceStore absences;

    public BackFromAwaySkill(AbsenceStore absences) {
        this.absences = absences;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        LocalDate today = ctx.today();
        List<Absence> ahead = absences.endingOnOrAfter(ctx.speaker().id(), today);
        if (ahead.isEmpty()) {
            return ctx.reply("away.not_away");
        }
        for (Absence absence : ahead) {
            if (absence.days().start().isBefore(today)) {
                absences.save(absence.endingOn(today.minusDays(1)));
            } else {
                absences.remove(absence.id());
            }
        }
        return ctx.reply("away.back");
    }
}
