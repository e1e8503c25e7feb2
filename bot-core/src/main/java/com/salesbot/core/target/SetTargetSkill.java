package com.salesbot.core.target;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.money.AmountReader;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.ranking.MetricFormat;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * (Managers) sets a target for one or more people for a metric and period (default: sales, this
 * month). Every named person is checked first, so either all targets are set or none.
 */
public final class SetTargetSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.SET_TARGET,
            List.of("set alice's target to 50k for December"),
            List.of("把王磊这个月的目标定为30万"),
            List.of(Entities.PERSONS, Entities.AMOUNT),
            Role.MANAGER,
            SideEffect.WRITES);

    private final TargetStore targets;
    private final PersonLookup people;

    public SetTargetSkill(TargetStore targets, PersonLookup people) {
        this.targets = targets;
        this.people = people;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Entities e = ctx.entities();
        Metric metric = e.metric().orElse(Metric.SALES);
        Period period = e.period().orElse(Period.monthOf(ctx.today()));
        if (period.end().isBefore(ctx.today())) {
            return ctx.reply("target.past_period", period.start(), period.end());
        }
        BigDecimal amount;
        if (metric.isMoney()) {
            AmountReader.Reading reading = AmountReader.read(e, ctx.team()).orElseThrow();
            if (!reading.valid()) {
                return ctx.reply(reading.problemKey(), reading.problemArgs().toArray());
            }
            amount = reading.inTeamCurrency().amount();
        } else {
            amount = e.amount().orElseThrow();
            if (!AmountReader.isSane(amount) || amount.stripTrailingZeros().scale() > 0) {
                return ctx.reply("target.count_not_whole", amount.toPlainString());
            }
        }
        List<Person> subjects = new ArrayList<>();
        for (String name : e.persons()) {
            Optional<Person> person = people.find(name, ctx.speaker());
            if (person.isEmpty()) {
                return ctx.reply("person.unknown", name);
            }
            if (ctx.speaker().role() != Role.ADMIN
                    && !person.get().teamId().equals(ctx.speaker().teamId())) {
                return ctx.reply("target.not_your_team", person.get().displayName());
            }
            subjects.add(person.get());
        }
        for (Person p : subjects) {
            targets.set(new Target(p.id(), p.teamId(), metric, period, amount, ctx.source()));
        }
        String names =
                String.join(", ", subjects.stream().map(Person::displayName).toList());
        return ctx.reply(
                "target.set",
                names,
                ctx.say("metric." + metric.code()),
                MetricFormat.display(metric, amount, ctx.team().currency()),
                period.start(),
                period.end());
    }
}
