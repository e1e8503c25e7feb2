package com.salesbot.core.report;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import com.salesbot.core.skill.Confirmations;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import com.salesbot.core.visit.VisitStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves the message as the speaker's daily report and echoes that day's logged numbers. A report for a
 * day already reported is held as a draft until the rep answers "replace" or "keep". A report written
 * for an earlier day ("daily report for yesterday: …", "昨天的日报：…", "daily report for 2026-11-25: …")
 * or sent after the team's cut-off is accepted and marked late. A team with a report template gets its
 * questions back for a bare "daily report", to answer in one message.
 */
public final class DailyReportSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.DAILY_REPORT,
            List.of("daily report: 3 visits, Globex wants a quote, plan: call Initech"),
            List.of("日报:今天拜访了3家客户,明天去美的"),
            List.of(),
            Role.REP,
            SideEffect.WRITES);

    private static final String COMMAND = "^\\s*(?:daily report|eod report|eod|日报|今日日报)\\s*[:：]\\s*";
    private static final Pattern REPLACE =
            Pattern.compile(COMMAND + "(?:replace|替换)\\s*[.!。！]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEEP =
            Pattern.compile(COMMAND + "(?:keep|保留)\\s*[.!。！]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE =
            Pattern.compile("^\\s*(?:daily report|eod report|eod|日报|今日日报|写日报)\\s*[:：]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EARLIER_DAY = Pattern.compile(
            "^\\s*(?:(?:daily report|eod report|eod|日报)\\s*)?(?:for\\s+)?(yesterday|昨天|昨日|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:'s report|的日报|的)?\\s*[:：]",
            Pattern.CASE_INSENSITIVE);

    private final ReportStore reports;
    private final ReportDrafts drafts;
    private final ReportRules rules;
    private final VisitStore visits;
    private final SaleStore sales;
    private final AfterReport afterReport;

    public DailyReportSkill(
            ReportStore reports, ReportDrafts drafts, ReportRules rules, VisitStore visits, SaleStore sales) {
        this(reports, drafts, rules, visits, sales, AfterReport.NOTHING);
    }

    /** With {@code afterReport} told of each report once it is stored (a late one joins the digest thread). */
    public DailyReportSkill(
            ReportStore reports,
            ReportDrafts drafts,
            ReportRules rules,
            VisitStore visits,
            SaleStore sales,
            AfterReport afterReport) {
        this.reports = reports;
        this.drafts = drafts;
        this.rules = rules;
        this.visits = visits;
        this.sales = sales;
        this.afterReport = afterReport;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        if (REPLACE.matcher(ctx.text()).matches()) {
            return drafts.take(ctx.speaker().id())
                    .map(draft -> save(ctx, draft))
                    .orElseGet(() -> ctx.reply("report.no_draft"));
        }
        if (KEEP.matcher(ctx.text()).matches()) {
            return drafts.take(ctx.speaker().id())
                    .map(draft -> ctx.reply("report.kept", draft.date()))
                    .orElseGet(() -> ctx.reply("report.no_draft"));
        }
        String questions = rules.numberedQuestions(ctx.team().id());
        if (!questions.isEmpty() && BARE.matcher(ctx.text()).matches()) {
            // "daily report" alone: show the team's questions instead of saving an empty report.
            return ctx.reply("report.template", questions);
        }
        LocalDate today = ctx.today();
        LocalDate date = earlierDay(ctx.text(), today).orElse(today);
        boolean late = date.isBefore(today)
                || rules.cutoffFor(ctx.team().id())
                        .map(cutoff -> !ctx.now().toLocalTime().isBefore(cutoff))
                        .orElse(false);
        DailyReport report = new DailyReport(
                UUID.randomUUID().toString(),
                ctx.speaker().id(),
                ctx.team().id(),
                date,
                ctx.text(),
                ctx.source(),
                late);
        Optional<DailyReport> existing = reports.find(ctx.speaker().id(), date);
        if (existing.isPresent()) {
            if (existing.get().source().messageKey().equals(ctx.source().messageKey())) {
                return ctx.reply("entry.already_saved");
            }
            drafts.put(report);
            return ctx.reply("report.confirm_replace", date)
                    .with(new Block.Choices(List.of(
                            new Block.Choice(ctx.say("choice.replace"), ctx.say("report.replace_command")),
                            new Block.Choice(ctx.say("choice.keep"), ctx.say("report.keep_command")))));
        }
        return save(ctx, report);
    }

    private Reply save(SkillContext ctx, DailyReport report) {
        ReportOutcome outcome = reports.save(report);
        if (outcome == ReportOutcome.DUPLICATE) {
            return ctx.reply("entry.already_saved");
        }
        afterReport.afterReport(report);
        Period day = Period.day(report.date());
        long visitsThatDay = visits.countFor(ctx.speaker().id(), day);
        SaleTotals salesThatDay = sales.totalFor(ctx.speaker().id(), day);
        String saved = ctx.say(outcome == ReportOutcome.REPLACED ? "report.replaced" : "report.saved", report.date());
        String numbers = ctx.say(
                report.date().equals(ctx.today()) ? "report.today_numbers" : "report.day_numbers",
                visitsThatDay,
                salesThatDay.count(),
                new Money(salesThatDay.amount(), ctx.team().currency()).display());
        String text =
                report.late() ? ctx.sentences(saved, ctx.say("report.late"), numbers) : ctx.sentences(saved, numbers);
        return Confirmations.withUndo(ctx, text);
    }

    /** The earlier day a report names at its head; never a day after today. */
    private static Optional<LocalDate> earlierDay(String text, LocalDate today) {
        Matcher m = EARLIER_DAY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String day = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (day.equals("yesterday") || day.equals("昨天") || day.equals("昨日")) {
            return Optional.of(today.minusDays(1));
        }
        try {
            LocalDate date = LocalDate.parse(day);
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
