package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Intent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Examples section of nlu-contract.md, entity for entity, at its reference clock. */
class ContractExamplesTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void logVisitWithContactAndFollowUp() {
        assertThat(extract(
                        "log visit Acme Corp, met the CTO, demo went well, follow up next Tuesday", Intent.LOG_VISIT))
                .isEqualTo(
                        Map.of("customer", "Acme Corp", "contact", "the CTO", "follow_up", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void logSaleWithDollarAmountAndToday() {
        assertThat(extract("closed $12.5k with Globex today", Intent.LOG_SALE))
                .isEqualTo(Map.of(
                        "customer",
                        "Globex",
                        "amount",
                        new BigDecimal("12500"),
                        "currency",
                        "USD",
                        "when",
                        LocalDate.of(2026, 11, 27)));
    }

    @Test
    void chineseLogVisitWithContactAndFollowUp() {
        assertThat(extract("今天拜访了华为技术,王经理对方案很感兴趣,下周三再跟进", Intent.LOG_VISIT))
                .isEqualTo(Map.of(
                        "customer",
                        "华为技术",
                        "contact",
                        "王经理",
                        "when",
                        LocalDate.of(2026, 11, 27),
                        "follow_up",
                        LocalDate.of(2026, 12, 2)));
    }

    @Test
    void myTargetThisMonth() {
        assertThat(extract("how am I doing against my target this month?", Intent.MY_TARGET))
                .isEqualTo(Map.of("period", period("2026-11-01", "2026-11-30")));
    }

    @Test
    void setTargetForAMentionedRepForDecember() {
        assertThat(extract("set <@U024BE7LH> target to 50k for December", Intent.SET_TARGET))
                .isEqualTo(Map.of(
                        "persons", List.of("U024BE7LH"),
                        "amount", new BigDecimal("50000"),
                        "period", period("2026-12-01", "2026-12-31")));
    }

    @Test
    void chineseTeamRankingByVisitsThisWeek() {
        assertThat(extract("本周拜访量排行", Intent.TEAM_RANKING))
                .isEqualTo(Map.of("metric", "visits", "period", period("2026-11-23", "2026-11-29")));
    }

    @Test
    void recurringReminderStartsOnItsFirstOccurrence() {
        assertThat(extract("remind the team about the pipeline review every Monday at 9am", Intent.SET_REMINDER))
                .isEqualTo(Map.of("when", LocalDateTime.of(2026, 11, 30, 9, 0), "recurrence", "FREQ=WEEKLY;BYDAY=MO"));
    }

    @Test
    void kudosForADiscordMention() {
        assertThat(extract("kudos <@80351110224678912> for landing the Initech renewal!", Intent.GIVE_KUDOS))
                .isEqualTo(Map.of("persons", List.of("80351110224678912")));
    }

    @Test
    void amountsComeOutPlainWithoutExponent() {
        BigDecimal amount = (BigDecimal)
                extract("closed $12.5k with Globex today", Intent.LOG_SALE).get("amount");

        assertThat(amount.toPlainString()).isEqualTo("12500");
        assertThat(amount.toString()).isEqualTo("12500");
    }

    private Map<String, Object> extract(String text, Intent intent) {
        return extractor.extract(text, intent, NOW).values();
    }

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }
}
