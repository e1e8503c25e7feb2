package com.salesbot.core.report;

import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.conversation.Reply;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * (Managers) who in their team has not sent a daily report: for one day (default today), or for
 * every workday of a period up to today. Days a rep is away do not count as missing; the one-day
 * answer names who is away.
 */
public final class MissingReportsSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.MISSING_REPORTS,
            List.of("who hasn't reported today?"),
            List.of("今天谁还没交日报"),
            List.of(),
            Role.MANAGER,
            SideEffect.READS);

    private final ReportStore reports;
    private final Directory directory;
    private final AbsenceStore absences;

    public MissingReportsSkill(ReportStore reports, Directory directory, AbsenceStore absences) {
        this.reports = reports;
        this.directory = directory;
        this.absences = absences;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Period period = ctx.entities().period().orElse(Period.day(ctx.today()));
        LocalDate end = period.end().isAfter(ctx.today()) ? ctx.today() : period.end();
        List<Person> reps = directory.members(ctx.speaker().teamId()).stream()
                .filter(p -> p.role() == Role.REP)
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
        String separator = ctx.lang() == Lang.ZH ? "、" : ", ";
        if (!period.start().isBefore(end)) {
            LocalDate day = end;
            List<Person> away =
                    reps.stream().filter(p -> absences.isAway(p.id(), day)).toList();
            List<Person> present = reps.stream().filter(p -> !away.contains(p)).toList();
            List<String> missing = present.stream()
                    .filter(p -> reports.find(p.id(), day).isEmpty())
                    .map(Person::displayName)
                    .toList();
            String text = missing.isEmpty()
                    ? ctx.say("missing.none", day)
                    : ctx.say("missing.day", day, missing.size(), present.size(), String.join(separator, missing));
            if (!away.isEmpty()) {
                text = ctx.sentences(
                        text,
                        ctx.say(
                                "missing.away",
                                String.join(
                                        separator,
                                        away.stream().map(Person::displayName).toList())));
            }
            return Reply.text(text);
        }
        List<LocalDate> workdays = new ArrayList<>();
        for (LocalDate d = period.start(); !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workdays.add(d);
            }
        }
        StringBuilder text = new StringBuilder(ctx.say("missing.range.header", period.start(), end));
        boolean any = false;
        for (Person rep : reps) {
            List<String> days = workdays.stream()
                    .filter(d -> reports.find(rep.id(), d).isEmpty() && !absences.isAway(rep.id(), d))
                    .map(LocalDate::toString)
                    .toList();
            if (!days.isEmpty()) {
                any = true;
                text.append('\n')
                        .append(ctx.say("missing.range.item", rep.displayName(), String.join(separator, days)));
            }
        }
        return any ? Reply.text(text.toString()) : ctx.reply("missing.range.none", period.start(), end);
    }
}
