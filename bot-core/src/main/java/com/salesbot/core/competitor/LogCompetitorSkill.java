package com.salesbot.core.competitor;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.RecordIds;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.Confirmations;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;

/** Records what a rep heard about a competitor ("BetaSoft is offering 20% off at Acme"), once per message. */
public final class LogCompetitorSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.LOG_COMPETITOR,
            List.of("BetaSoft is offering Acme Corp 20% off"),
            List.of("金蝶在华为技术报价低了10%"),
            List.of(Entities.COMPETITOR),
            Role.REP,
            SideEffect.WRITES);

    private final CompetitorNoteStore notes;

    public LogCompetitorSkill(CompetitorNoteStore notes) {
        this.notes = notes;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        String competitor = ctx.entities().text(Entities.COMPETITOR).orElseThrow();
        String customer = ctx.entities().customer().orElse(null);
        CompetitorNote note = new CompetitorNote(
                RecordIds.next(),
                ctx.speaker().id(),
                ctx.team().id(),
                competitor,
                customer,
                ctx.text(),
                ctx.today(),
                ctx.source());
        if (!notes.add(note)) {
            return ctx.reply("entry.already_saved");
        }
        String head = customer == null
                ? ctx.say("competitor.logged", competitor)
                : ctx.say("competitor.logged.at", competitor, customer);
        long thisMonth = notes.inPeriod(
                        new RecordScope(ctx.team().id(), ctx.speaker().id()), Period.monthOf(ctx.today()))
                .size();
        return Confirmations.withUndo(ctx, ctx.sentences(head, ctx.say("competitor.month_count", thisMonth)));
    }
}
