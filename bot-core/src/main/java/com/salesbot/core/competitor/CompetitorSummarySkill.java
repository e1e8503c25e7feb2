package com.salesbot.core.competitor;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.customer.CustomerKey;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What are competitors doing this month?": the period's competitor notes grouped by competitor (most
 * notes first) and, within each, by customer, with the latest note quoted. Reps see their own notes,
 * managers their team's, admins everyone's.
 */
public final class CompetitorSummarySkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.COMPETITOR_SUMMARY,
            List.of("what are competitors doing this month?"),
            List.of("这个月竞品有什么动静"),
            List.of(),
            Role.REP,
            SideEffect.READS);

    /** A quote longer than this is cut, so a summary of many notes stays readable in chat. */
    private static final int QUOTE = 80;

    private final CompetitorNoteStore notes;
    private final Directory directory;

    public CompetitorSummarySkill(CompetitorNoteStore notes, Directory directory) {
        this.notes = notes;
        this.directory = directory;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Period period = ctx.entities().period().orElse(Period.monthOf(ctx.today()));
        List<CompetitorNote> found = notes.inPeriod(RecordScope.of(ctx.speaker()), period);
        String own = ctx.speaker().role() == Role.REP ? ctx.say("competitor.summary.own") : "";
        if (found.isEmpty()) {
            return ctx.reply("competitor.summary.none", period.start(), period.end(), own);
        }
        Map<String, List<CompetitorNote>> byCompetitor = new LinkedHashMap<>();
        found.forEach(n -> byCompetitor
                .computeIfAbsent(CustomerKey.of(n.competitor()), k -> new ArrayList<>())
                .add(n));
        List<List<CompetitorNote>> groups = new ArrayList<>(byCompetitor.values());
        groups.sort(Comparator.comparing((List<CompetitorNote> g) -> -g.size()));
        StringBuilder text =
                new StringBuilder(ctx.say("competitor.summary.head", period.start(), period.end(), found.size(), own));
        for (List<CompetitorNote> group : groups) {
            text.append('\n').append(line(ctx, group));
        }
        return Reply.text(text.toString());
    }

    private String line(SkillContext ctx, List<CompetitorNote> group) {
        Map<String, Integer> customers = new LinkedHashMap<>();
        for (CompetitorNote n : group) {
            String customer = n.customer() == null ? ctx.say("competitor.summary.no_customer") : n.customer();
            customers.merge(customer, 1, Integer::sum);
        }
        List<String> atCustomers = new ArrayList<>();
        customers.forEach((customer, count) -> atCustomers.add(ctx.say("competitor.summary.at", customer, count)));
        CompetitorNote latest = group.get(group.size() - 1);
        String author = directory
                .byId(latest.author())
                .map(Person::displayName)
                .orElse(latest.author().value());
        return ctx.say(
                "competitor.summary.line",
                group.get(0).competitor(),
                group.size(),
                String.join(ctx.lang() == Lang.ZH ? "、" : ", ", atCustomers),
                latest.date(),
                author,
                quote(latest.text()));
    }

    private static String quote(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= QUOTE
                ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, QUOTE)) + "…";
    }
}
