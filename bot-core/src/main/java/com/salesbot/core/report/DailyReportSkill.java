package com.salesbot.core.report;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.RecordIds;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves the message as the speaker's daily report and echoes that day's logged numbers. A report for a
 * day already reported is held as a draft until the rep answers "replace" or "keep". A report written
 * for an earlier day ("daily report for yesterday: …", "昨天的日报：…", "daily report for 2026-11-25: …")
 * or sent after the team's cut-off is accepted and marked late. A team with a report template gets its
 * questions back for a bare "daily report", to answer in one message, or, for "one by one" / "逐条",
 * one question at a time: the answers are carried in the engine's pending question (so they lapse with
 * it) and stored together as that day's report, by the same rules.
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
    private static final Pattern ONE_BY_ONE = Pattern.compile(
            "^\\s*(?:(?:daily report|eod report|eod|日报|今日日报)\\s*[:：]?\\s*)?"
                    + "(?:(?:answer )?one by one|(?:逐条|逐个|一条一条)(?:回答|填写|填)?)\\s*[.!。！]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Carried through the question-by-question exchange: the answers so far, and the day being reported. */
    private static final String ANSWERS = "report_answers";

    private static final String DAY = "report_day";
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
        if (ctx.entities().has(Entities.ANSWER) && ctx.entities().has(ANSWERS)) {
            return answered(ctx);
        }
        if (ONE_BY_ONE.matcher(ctx.text()).matches()) {
            List<String> questions = rules.questionsFor(ctx.team().id());
            return questions.isEmpty() ? ctx.reply("report.no_template") : ask(ctx, questions, List.of(), ctx.today());
        }
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
            return ctx.reply("report.template", questions).with(oneByOne(ctx));
        }
        LocalDate today = ctx.today();
        return store(ctx, earlierDay(ctx.text(), today).orElse(today), ctx.text());
    }

    /** The button that starts the questions one at a time; its value is a command word the NLU always reads. */
    static Block.Choices oneByOne(SkillContext ctx) {
        return new Block.Choices(
                List.of(new Block.Choice(ctx.say("choice.one_by_one"), ctx.say("report.one_by_one_command"))));
    }

    /** Asks question {@code answers.size() + 1}, carrying the answers so far. */
    private static Reply ask(SkillContext ctx, List<String> questions, List<String> answers, LocalDate day) {
        int next = answers.size();
        return ctx.reply("report.question", next + 1, questions.size(), questions.get(next))
                .expectingAnswer(
                        Entities.none().with(ANSWERS, List.copyOf(answers)).with(DAY, day.toString()));
    }

    /** One more answer: the next question, or, after the last, the whole stored as the day's report. */
    private Reply answered(SkillContext ctx) {
        List<String> questions = rules.questionsFor(ctx.team().id());
        List<String> answers = new ArrayList<>();
        if (ctx.entities().values().get(ANSWERS) instanceof List<?> earlier) {
            earlier.forEach(a -> answers.add(String.valueOf(a)));
        }
        answers.add(ctx.entities().text(Entities.ANSWER).orElse("").strip());
        LocalDate day = ctx.entities().text(DAY).map(LocalDate::parse).orElse(ctx.today());
        if (questions.isEmpty()) {
            // The template was taken away mid-way: keep what was said rather than lose it.
            return store(ctx, day, String.join("\n", answers));
        }
        if (answers.size() < questions.size()) {
            return ask(ctx, questions, answers, day);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            text.append(i == 0 ? "" : "\n")
                    .append(i + 1)
                    .append(") ")
                    .append(questions.get(i))
                    .append(' ')
                    .append(answers.get(i));
        }
        return store(ctx, day, text.toString());
    }

    /** Stores {@code text} as the rep's report for {@code date}; one that exists already waits for "replace". */
    private Reply store(SkillContext ctx, LocalDate date, String text) {
        LocalDate today = ctx.today();
        boolean late = date.isBefore(today)
                || rules.cutoffFor(ctx.team().id())
                        .map(cutoff -> !ctx.now().toLocalTime().isBefore(cutoff))
                        .orElse(false);
        DailyReport report =
                new DailyReport(RecordIds.next(), ctx.speaker().id(), ctx.team().id(), date, text, ctx.source(), late);
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
