package com.salesbot.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.ScriptedIntentParser;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.ParsedMessage;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readings below are what the bundled NLU gives for these messages (checked with the parse command). */
class RoutedIntentParserTest {
    private static final ZonedDateTime NOW = TestWorld.NOW.atZone(TestWorld.ZONE);
    private static final Entities MONTH = new Entities(Map.of("period", Period.monthOf(TestWorld.TODAY)));

    private final ScriptedIntentParser model = new ScriptedIntentParser();
    private final RoutedIntentParser parser = new RoutedIntentParser(model);

    private Intent routed(String text, Intent read, Entities entities) {
        model.on(text, new ParsedMessage(read, 0.4, Lang.EN, entities));
        return parser.parse(text, NOW).intent();
    }

    @Test
    void competitorQuestionsBecomeTheSummaryWhateverTheModelRead() {
        assertThat(routed("what are competitors doing this month?", Intent.STATS_QUERY, MONTH))
                .isEqualTo(Intent.COMPETITOR_SUMMARY);
        assertThat(routed("这个月竞品有什么动静", Intent.TEAM_RANKING, MONTH)).isEqualTo(Intent.COMPETITOR_SUMMARY);
        assertThat(routed("竞品动态", Intent.LOG_COMPETITOR, Entities.none())).isEqualTo(Intent.COMPETITOR_SUMMARY);
    }

    @Test
    void aCompetitorNoteThatNamesTheCompetitorStaysANote() {
        assertThat(routed(
                        "competitor BetaSoft cut prices at Acme Corp",
                        Intent.LOG_COMPETITOR,
                        new Entities(Map.of("competitor", "BetaSoft"))))
                .isEqualTo(Intent.LOG_COMPETITOR);
        assertThat(routed("competitor cut prices at Acme", Intent.LOG_COMPETITOR, Entities.none()))
                .isEqualTo(Intent.LOG_COMPETITOR);
    }

    @Test
    void riskAndExportQuestionsAreRoutedAndKeepTheirPeriod() {
        assertThat(routed("any risks?", Intent.CUSTOMER_INFO, Entities.none())).isEqualTo(Intent.RISK_ALERTS);
        assertThat(routed("有什么风险吗", Intent.UNKNOWN, Entities.none())).isEqualTo(Intent.RISK_ALERTS);
        assertThat(routed("导出本月拜访记录", Intent.CUSTOMER_INFO, Entities.none())).isEqualTo(Intent.EXPORT_CSV);
        model.on("export visits this month", Intent.STATS_QUERY, MONTH);

        ParsedMessage export = parser.parse("export visits this month", NOW);

        assertThat(export.intent()).isEqualTo(Intent.EXPORT_CSV);
        assertThat(export.confidence()).isEqualTo(1.0);
        assertThat(export.entities().period()).contains(Period.monthOf(TestWorld.TODAY));
    }

    @Test
    void aMessageThatRecordsSomethingIsNeverRerouted() {
        assertThat(routed("visited Acme, risk of churn", Intent.LOG_VISIT, Entities.none()))
                .isEqualTo(Intent.LOG_VISIT);
        assertThat(routed("daily report: exported the competitor list", Intent.DAILY_REPORT, Entities.none()))
                .isEqualTo(Intent.DAILY_REPORT);
        assertThat(routed("how am I doing against my target?", Intent.MY_TARGET, Entities.none()))
                .isEqualTo(Intent.MY_TARGET);
    }
}
