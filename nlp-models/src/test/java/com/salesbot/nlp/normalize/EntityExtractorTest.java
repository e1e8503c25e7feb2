package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EntityExtractorTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void recordsAVisitOnItsDayAndPromisesTheFollowUpAhead() {
        assertThat(extract("visited Acme today, follow up Tuesday", Intent.LOG_VISIT))
                .containsEntry("customer", "Acme")
                .containsEntry("when", LocalDate.of(2026, 11, 27))
                .containsEntry("follow_up", LocalDate.of(2026, 12, 1));
    }

    @Test
    void readsABareWeekdayBackwardWhenRecordingAndForwardWhenScheduling() {
        assertThat(extract("visited Acme on Tuesday", Intent.LOG_VISIT))
                .containsEntry("when", LocalDate.of(2026, 11, 24));
        assertThat(extract("remind me Tuesday to call Acme", Intent.SET_REMINDER))
                .containsEntry("when", LocalDate.of(2026, 12, 1));
    }

    @Test
    void treatsAChineseCalendarDayStillAheadInAVisitAsTheNextStep() {
        assertThat(extract("上星期二跑了一趟广州天行贸易有限公司，CEO答应12月12号给答复", Intent.LOG_VISIT))
                .containsEntry("customer", "广州天行贸易有限公司")
                .containsEntry("contact", "CEO")
                .containsEntry("when", LocalDate.of(2026, 11, 17))
                .containsEntry("follow_up", LocalDate.of(2026, 12, 12));
    }

    @Test
    void putsACountInAmountAndItsKindInMetric() {
        assertThat(extract("set alice's target to 30 visits this month", Intent.SET_TARGET))
                .containsEntry("amount", new BigDecimal("30"))
                .containsEntry("metric", "visits")
                .containsEntry("persons", List.of("alice"))
                .containsEntry("period", new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(extract("给王磊定个目标，本月5单", Intent.SET_TARGET))
                .containsEntry("amount", new BigDecimal("5"))
                .containsEntry("metric", "deals")
                .containsEntry("persons", List.of("王磊"));
    }

    @Test
    void givesNoMetricForATargetAlone() {
        assertThat(extract("set the team target to $60k next month", Intent.SET_TARGET))
                .containsEntry("amount", new BigDecimal("60000"))
                .containsEntry("currency", "USD")
                .doesNotContainKey("metric");
    }

    @Test
    void keepsOnlyTheKeysTheIntentCarries() {
        Map<String, Object> entities = extract("closed $12.5k with Globex today, follow up Friday", Intent.LOG_SALE);

        assertThat(entities.keySet()).containsExactlyInAnyOrder("customer", "amount", "currency", "when");
        assertThat(extract("closed $12.5k with Globex today", Intent.HELP)).isEmpty();
    }

    @Test
    void statesNoCurrencyThatWasNotWritten() {
        assertThat(extract("和小米签了5万", Intent.LOG_SALE))
                .containsEntry("customer", "小米")
                .containsEntry("amount", new BigDecimal("50000"))
                .doesNotContainKey("currency");
    }

    @Test
    void reportsAnAmountThatLooksWrongUnderItsOwnKey() {
        Map<String, Object> entities = extract("closed -5k with Acme", Intent.LOG_SALE);

        assertThat(entities).doesNotContainKey("amount").containsEntry(EntityExtractor.INVALID_AMOUNT, "-5k");
    }

    @Test
    void readsPersonsFromMentionsAndBareNamesTogether() {
        assertThat(extract("hats off to <@!4311633639761175520> & Bob for smashing the quarter", Intent.GIVE_KUDOS))
                .containsEntry("persons", List.of("4311633639761175520", "Bob"));
    }

    @Test
    void doesNotCountARepAsTheCustomerOfAStatistic() {
        assertThat(extract("closed deals for Tom and Grace this month", Intent.STATS_QUERY))
                .containsEntry("persons", List.of("Tom", "Grace"))
                .containsEntry("metric", "deals")
                .doesNotContainKey("customer");
    }

    @Test
    void readsAReminderInElapsedTime() {
        assertThat(extract("remind me in 30 minutes to call Acme", Intent.SET_REMINDER))
                .containsEntry("when", LocalDateTime.of(2026, 11, 27, 10, 30));
    }

    @Test
    void leavesOutTheFirstOccurrenceOfARuleWithNoDayOrTime() {
        assertThat(extract("提醒我每两周跟腾讯云对一次账", Intent.SET_REMINDER))
                .isEqualTo(Map.of("recurrence", "FREQ=WEEKLY;INTERVAL=2"));
    }

    @Test
    void readsTheStageOfADealUpdate() {
        assertThat(extract("move Acme to negotiation", Intent.UPDATE_DEAL))
                .isEqualTo(Map.of("customer", "Acme", "stage", "negotiation"));
        assertThat(extract("把京东方改成赢单", Intent.UPDATE_DEAL)).isEqualTo(Map.of("customer", "京东方", "stage", "won"));
    }

    @Test
    void readsACompetitorNote() {
        assertThat(extract("BetaSoft is offering 20% off at Acme", Intent.LOG_COMPETITOR))
                .isEqualTo(Map.of("competitor", "BetaSoft", "customer", "Acme"));
        assertThat(extract("金蝶在给美的报价", Intent.LOG_COMPETITOR)).isEqualTo(Map.of("competitor", "金蝶", "customer", "美的"));
    }

    @Test
    void answersEmptyForBlankOrMissingInput() {
        assertThat(extractor.extract("", Intent.LOG_VISIT, NOW)).isEqualTo(Entities.none());
        assertThat(extractor.extract("   \n\t", Intent.LOG_VISIT, NOW)).isEqualTo(Entities.none());
        assertThat(extractor.extract(null, Intent.LOG_VISIT, NOW)).isEqualTo(Entities.none());
        assertThat(extractor.extract("visited Acme", null, NOW)).isEqualTo(Entities.none());
        assertThat(extractor.extract("visited Acme", Intent.LOG_VISIT, null)).isEqualTo(Entities.none());
    }

    @ParameterizedTest
    @MethodSource("hostileMessages")
    void neverThrowsOnAnyInputForAnyIntent(String text) {
        for (Intent intent : Intent.values()) {
            assertThatCode(() -> extractor.extract(text, intent, NOW)).doesNotThrowAnyException();
        }
    }

    @Test
    void readsEntitiesFromTheStartOfAMessageAsLongAsSlackAllows() {
        String report = "visited Acme today. " + "拜访了华为 12k 3pm <@U1> every Monday ".repeat(1500);

        Map<String, Object> entities = extract(report.substring(0, 40_000), Intent.LOG_VISIT);

        assertThat(entities).containsEntry("customer", "Acme").containsEntry("when", LocalDate.of(2026, 11, 27));
    }

    static Stream<String> hostileMessages() {
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        while (noise.length() < 40_000) {
            noise.appendCodePoint(random.nextInt(0x2FFFF));
        }
        StringBuilder mixed = new StringBuilder();
        String pieces = "abc 12k 和跟在的了 $€ <@U1> @王 , . 3pm 12月5日 下午三点 every Monday visited Acme met the CTO 50万 -";
        while (mixed.length() < 40_000) {
            mixed.append(pieces.charAt(random.nextInt(pieces.length())));
        }
        return Stream.of(
                noise.toString(),
                mixed.toString(),
                "\u0000\u0001\u001f\u007f\u2028\u2029",
                "\uD83D\uDE00".repeat(20_000),
                "\uD83D".repeat(40_000),
                "a".repeat(40_000),
                "1".repeat(40_000),
                "$" + "9".repeat(39_999),
                "1e999999999",
                "-".repeat(40_000),
                "<@".repeat(20_000),
                "<https://".repeat(4_000),
                "给".repeat(40_000),
                "的".repeat(40_000),
                "每周一".repeat(13_000),
                "Feb 30 at 25:99, 2026-13-45, 32号, 每月32号, 十三月",
                "ｖｉｓｉｔｅｄ　Ａｃｍｅ，１２ｋ",
                "@".repeat(40_000),
                "1,000".repeat(8_000),
                "just ".repeat(8_000) + "signed",
                "Acme Corp & ".repeat(3_000));
    }

    private Map<String, Object> extract(String text, Intent intent) {
        return extractor.extract(text, intent, NOW).values();
    }

    @Test
    void trimsAContactOrVerbOffAChineseCustomer() {
        assertThat(EntityExtractor.trimChineseCustomer("中兴通讯王经理")).isEqualTo("中兴通讯");
        assertThat(EntityExtractor.trimChineseCustomer("孙总在福州鼎盛物流有限公司")).isEqualTo("福州鼎盛物流有限公司");
        assertThat(EntityExtractor.trimChineseCustomer("拼多多开")).isEqualTo("拼多多");
        assertThat(EntityExtractor.trimChineseCustomer("Acme Corp")).isEqualTo("Acme Corp");
    }

    @Test
    void satDownIsTheVerbNotSaturday() {
        assertThat(extract("sat down with Dana at Acme on Tuesday afternoon", Intent.LOG_VISIT))
                .containsEntry("when", java.time.LocalDate.of(2026, 11, 24));
    }

    @Test
    void aDecimalAmountAfterAtIsMoneyNotAClockTime() {
        assertThat(extract("Acme renewal locked in at 2.4M", Intent.LOG_SALE))
                .containsEntry("amount", new java.math.BigDecimal("2400000"))
                .doesNotContainKey("when");
        assertThat(extract("Acme has entered negotiations at 14,000 dollars", Intent.UPDATE_DEAL))
                .containsEntry("amount", new java.math.BigDecimal("14000"))
                .containsEntry("currency", "USD");
    }

    @Test
    void aLoneChineseOneInsideAWordIsNoAmount() {
        assertThat(extract("这个月冲一下，目标88000元", Intent.SET_TARGET))
                .containsEntry("amount", new java.math.BigDecimal("88000"));
        assertThat(extract("帮我设一个目标", Intent.SET_TARGET)).doesNotContainKey("amount");
    }

    @Test
    void aDailyReportLastWeekIsAWeekNotASunday() {
        assertThat(extract("上周日报漏交的名单发我", Intent.MISSING_REPORTS))
                .containsEntry(
                        "period",
                        new com.salesbot.core.kernel.Period(
                                java.time.LocalDate.of(2026, 11, 16), java.time.LocalDate.of(2026, 11, 22)));
    }

    @Test
    void readsOrdinalMonthDaysAndSkippedWeeksInRecurrences() {
        assertThat(extract("nudge me on the first of each month at 9:00", Intent.SET_REMINDER))
                .containsEntry("recurrence", "FREQ=MONTHLY;BYMONTHDAY=1")
                .containsEntry("when", java.time.LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThat(extract("隔一周的周二上午提醒我开会", Intent.SET_REMINDER))
                .containsEntry("recurrence", "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2");
    }

    @Test
    void aYearWrittenAsANumberIsThatYear() {
        var year2026 = new com.salesbot.core.kernel.Period(
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31));
        assertThat(extract("sum up my 2026 commissions", Intent.MY_COMMISSION)).containsEntry("period", year2026);
        assertThat(extract("2026年的提成", Intent.MY_COMMISSION)).containsEntry("period", year2026);
    }

    @Test
    void circlingBackAndCheckInsAreFollowUps() {
        assertThat(extract("swung by Acme this morning. Circling back Wednesday.", Intent.LOG_VISIT))
                .containsEntry("follow_up", java.time.LocalDate.of(2026, 12, 2));
        assertThat(extract("call with Globex today, next check-in Tues 2:30pm", Intent.LOG_VISIT))
                .containsEntry("follow_up", java.time.LocalDateTime.of(2026, 12, 1, 14, 30));
    }

    @Test
    void readsColloquialYesterdayAndSlashDates() {
        assertThat(extract("昨儿跟中粮集团董事长吃了顿饭", Intent.LOG_VISIT))
                .containsEntry("when", java.time.LocalDate.of(2026, 11, 26));
        assertThat(extract("科大讯飞 蒋工 电话沟通 12/3 回访", Intent.LOG_VISIT))
                .containsEntry("follow_up", java.time.LocalDate.of(2026, 12, 3));
    }
}
