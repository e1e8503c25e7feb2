package com.salesbot.core.routing;

import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routes three questions the NLU contract has no intent for, from their words, on top of whatever the
 * model read (the models and corpora stay untouched):
 *
 * <ul>
 *   <li>a message with an export word ("export", "csv", "导出") → {@link Intent#EXPORT_CSV};
 *   <li>a competitor word ("competitor(s)", "competition", "竞品", "竞争对手") in a question or summary
 *       request that names no competitor → {@link Intent#COMPETITOR_SUMMARY} (a note that names one
 *       stays {@code log_competitor});
 *   <li>a risk word ("risk(s)", "at risk", "stalled", "风险", "预警") → {@link Intent#RISK_ALERTS}.
 * </ul>
 *
 * Only messages the model read as a question (or could not read) are rerouted: a visit, sale, deal move,
 * report or reminder that happens to contain these words keeps its reading. Entities of a routed message
 * are read as for {@code stats_query} (period, metric, persons).
 */
public final class RoutedIntentParser implements IntentParser {
    /** Readings that ask rather than record, so rerouting them loses nothing the user wrote down. */
    private static final Set<Intent> QUESTIONS = Set.of(
            Intent.UNKNOWN,
            Intent.HELP,
            Intent.SMALLTALK,
            Intent.STATS_QUERY,
            Intent.TEAM_RANKING,
            Intent.MY_TARGET,
            Intent.MISSING_REPORTS,
            Intent.LIST_REMINDERS,
            Intent.CUSTOMER_INFO,
            Intent.MY_COMMISSION,
            Intent.LOG_COMPETITOR);

    private static final Pattern EXPORT = Pattern.compile("\\b(export|csv|spreadsheet)\\b|导出");
    private static final Pattern COMPETITOR = Pattern.compile("\\bcompetit(or|ors|ion|ors')\\b|竞品|竞争对手|对手");
    private static final Pattern SUMMARY =
            Pattern.compile("[?？]|\\b(what|any|anything|summary|summarize|summarise|doing|up to|news|report)\\b"
                    + "|动静|动态|什么|汇总|总结|情况|怎么样|最近|如何");
    private static final Pattern RISK = Pattern.compile("\\b(risks?|risky|at risk|stall(ed|ing)?|slipping)\\b|风险|预警");

    private final IntentParser model;

    public RoutedIntentParser(IntentParser model) {
        this.model = model;
    }

    @Override
    public ParsedMessage parse(String text, ZonedDateTime now) {
        ParsedMessage read = model.parse(text, now);
        Intent routed = route(text, read);
        if (routed == read.intent()) {
            return read;
        }
        Entities entities = model.entitiesFor(text, Intent.STATS_QUERY, now);
        return new ParsedMessage(routed, 1.0, read.lang(), entities);
    }

    @Override
    public Entities entitiesFor(String text, Intent intent, ZonedDateTime now) {
        if (intent == Intent.EXPORT_CSV || intent == Intent.COMPETITOR_SUMMARY || intent == Intent.RISK_ALERTS) {
            return model.entitiesFor(text, Intent.STATS_QUERY, now);
        }
        return model.entitiesFor(text, intent, now);
    }

    /** The intent a message is routed to; the model's own when no rule applies. */
    static Intent route(String text, ParsedMessage read) {
        if (!QUESTIONS.contains(read.intent())) {
            return read.intent();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (EXPORT.matcher(lower).find() && read.intent() != Intent.LOG_COMPETITOR) {
            return Intent.EXPORT_CSV;
        }
        if (COMPETITOR.matcher(lower).find()) {
            boolean namesOne = read.entities().has(Entities.COMPETITOR);
            boolean asks = SUMMARY.matcher(lower).find() || read.intent() != Intent.LOG_COMPETITOR;
            if (!namesOne && asks) {
                return Intent.COMPETITOR_SUMMARY;
            }
            return read.intent();
        }
        if (RISK.matcher(lower).find() && read.intent() != Intent.LOG_COMPETITOR) {
            return Intent.RISK_ALERTS;
        }
        return read.intent();
    }
}
