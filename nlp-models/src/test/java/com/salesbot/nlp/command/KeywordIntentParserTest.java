package com.salesbot.nlp.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.nlp.normalize.EntityExtractor;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordIntentParserTest {
    private static final ZonedDateTime NOW =
            LocalDateTime.of(2026, 11, 27, 10, 0).atZone(ZoneId.of("Asia/Shanghai"));
    private final KeywordIntentParser parser = new KeywordIntentParser(new EntityExtractor());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "visit Acme today | log_visit",
                "visited Globex, met the CFO | log_visit",
                "sale Globex 12k | log_sale",
                "closed $12.5k with Globex today | log_sale",
                "target | my_target",
                "my quota this month | my_target",
                "set alice's target to 50k | set_target",
                "ranking | team_ranking",
                "leaderboard last week | team_ranking",
                "daily report: 3 visits, plan: call Initech | daily_report",
                "undo | undo",
                "help | help",
                "hi | smalltalk",
                "thanks! | smalltalk",
                "add bob to my team | add_member",
                "I'm off until Friday | set_away",
                "I'm back | back_from_away",
                "下周休假 | set_away",
                "我回来了 | back_from_away",
                "今天拜访了华为技术 | log_visit",
                "和华为签了5万 | log_sale",
                "我的目标 | my_target",
                "本周拜访量排行 | team_ranking",
                "把王磊这个月的目标定为30万 | set_target",
                "日报：今天见了两个客户 | daily_report",
                "撤销 | undo",
                "帮助 | help",
                "你好 | smalltalk",
                "what's the weather tomorrow | unknown",
            })
    void commandStyleInputGetsItsIntent(String text, String intent) {
        assertThat(parser.parse(text, NOW).intent()).isEqualTo(Intent.fromWireName(intent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankInputIsUnknown(String text) {
        ParsedMessage parsed = parser.parse(text, NOW);

        assertThat(parsed.intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(parsed.entities().values()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"visit Acme today | EN", "今天拜访了华为技术 | ZH", "今天见了Acme的CTO | ZH"})
    void languageFollowsTheContractRule(String text, Lang lang) {
        assertThat(parser.parse(text, NOW).lang()).isEqualTo(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily report: visited Acme, sold 5k to Globex"})
    void aReportCarriesNoEntitiesBecauseItsTextIsTheReport(String text) {
        ParsedMessage parsed = parser.parse(text, NOW);

        assertThat(parsed.intent()).isEqualTo(Intent.DAILY_REPORT);
        assertThat(parsed.entities().values()).isEmpty();
    }
}
