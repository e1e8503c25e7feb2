package com.salesbot.core.visit;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.RecordIds;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.StoreUnavailableException;
import com.salesbot.core.money.AmountReader;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.Confirmations;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Records a customer visit, meeting or call the speaker made. */
public final class LogVisitSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.LOG_VISIT,
            List.of("visited Acme Corp today, met the CTO, follow up next Tuesday"),
            List.of("今天拜访了华为技术,见了王经理,下周三跟进"),
            List.of(Entities.CUSTOMER),
            Role.REP,
            SideEffect.WRITES);

    private final VisitStore visits;
    private final FollowUps followUps;

    public LogVisitSkill(VisitStore visits) {
        this(visits, FollowUps.NONE);
    }

    /** With {@code followUps} told about every new visit that promises a next step. */
    public LogVisitSkill(VisitStore visits, FollowUps followUps) {
        this.visits = visits;
        this.followUps = followUps;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Entities e = ctx.entities();
        LocalDate date = e.whenDate().orElse(ctx.today());
        if (date.isAfter(ctx.today())) {
            return ctx.reply("visit.future_date", date);
        }
        LocalDate followUp = e.followUpDate().orElse(null);
        if (followUp != null && followUp.isBefore(date)) {
            return ctx.reply("visit.follow_up_before_visit", followUp);
        }
        Money potential = null;
        Optional<AmountReader.Reading> amount = AmountReader.read(e, ctx.team());
        if (amount.isPresent()) {
            if (!amount.get().valid()) {
                return ctx.reply(
                        amount.get().problemKey(), amount.get().problemArgs().toArray());
            }
            potential = amount.get().inTeamCurrency();
        }
        String customer = e.customer().orElseThrow();
        Visit visit = new Visit(
                RecordIds.next(),
                ctx.speaker().id(),
                ctx.team().id(),
                customer,
                e.contact().orElse(null),
                date,
                followUp,
                potential,
                ctx.text(),
                ctx.source());
        if (!visits.add(visit)) {
            return ctx.reply("entry.already_saved");
        }
        if (followUp != null) {
            followUps.plan(visit, ctx.speaker());
        }
        StringBuilder text = new StringBuilder(ctx.say("visit.logged", customer, date));
        e.contact().ifPresent(c -> text.append(ctx.sentences("", ctx.say("visit.logged.contact", c))));
        if (followUp != null) {
            text.append(ctx.sentences("", ctx.say("visit.logged.follow_up", followUp)));
        }
        if (potential != null) {
            text.append(ctx.sentences("", ctx.say("visit.logged.potential", potential.display())));
        }
        try {
            long thisWeek = visits.countFor(ctx.speaker().id(), Period.weekOf(ctx.today()));
            text.append(ctx.sentences("", ctx.say("visit.logged.week_count", thisWeek)));
        } catch (StoreUnavailableException unreadable) {
            // the visit is stored; saying "not saved" now would make the rep type it again, twice over
            text.append(ctx.sentences("", ctx.say("entry.totals_unavailable")));
        }
        return Confirmations.withUndo(ctx, text.toString());
    }
}
