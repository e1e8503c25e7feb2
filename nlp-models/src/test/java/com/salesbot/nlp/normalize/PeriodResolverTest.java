package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodResolverTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    private final PeriodResolver periods = new PeriodResolver();

    @ParameterizedTest(name = "\"{0}\" is {1}..{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sales today | 2026-11-27 | 2026-11-27",
                "yesterday's visits | 2026-11-26 | 2026-11-26",
                "ranking this week | 2026-11-23 | 2026-11-29",
                "last week | 2026-11-16 | 2026-11-22",
                "next week | 2026-11-30 | 2026-12-06",
                "this month | 2026-11-01 | 2026-11-30",
                "last month | 2026-10-01 | 2026-10-31",
                "next month | 2026-12-01 | 2026-12-31",
                "this quarter | 2026-10-01 | 2026-12-31",
                "last quarter | 2026-07-01 | 2026-09-30",
                "Q3 | 2026-07-01 | 2026-09-30",
                "q1 2027 | 2027-01-01 | 2027-03-31",
                "this year | 2026-01-01 | 2026-12-31",
                "last year | 2025-01-01 | 2025-12-31",
                "in October | 2026-10-01 | 2026-10-31",
                "for December | 2026-12-01 | 2026-12-31",
                "past 7 days | 2026-11-21 | 2026-11-27",
                "last 30 days | 2026-10-29 | 2026-11-27",
                "missing reports last Monday | 2026-11-23 | 2026-11-23",
            })
    void resolvesEnglishPeriodsWithWeeksStartingOnMonday(String text, String start, String end) {
        assertThat(periods.find(text, FRIDAY))
                .map(PeriodResolver.PeriodMatch::period)
                .contains(period(start, end));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}..{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "今天 | 2026-11-27 | 2026-11-27",
                "昨天 | 2026-11-26 | 2026-11-26",
                "本周拜访量 | 2026-11-23 | 2026-11-29",
                "这周 | 2026-11-23 | 2026-11-29",
                "上周 | 2026-11-16 | 2026-11-22",
                "下周 | 2026-11-30 | 2026-12-06",
                "本月 | 2026-11-01 | 2026-11-30",
                "这个月 | 2026-11-01 | 2026-11-30",
                "上个月 | 2026-10-01 | 2026-10-31",
                "下个月 | 2026-12-01 | 2026-12-31",
                "本季度 | 2026-10-01 | 2026-12-31",
                "这个季度 | 2026-10-01 | 2026-12-31",
                "上季度 | 2026-07-01 | 2026-09-30",
                "今年 | 2026-01-01 | 2026-12-31",
                "去年 | 2025-01-01 | 2025-12-31",
                "十月 | 2026-10-01 | 2026-10-31",
                "10月的业绩 | 2026-10-01 | 2026-10-31",
                "第三季度 | 2026-07-01 | 2026-09-30",
                "我Q3的提成 | 2026-07-01 | 2026-09-30",
                "本周一共拜访了几次 | 2026-11-23 | 2026-11-29",
                "周二日报缺交名单 | 2026-11-24 | 2026-11-24",
            })
    void resolvesChinesePeriods(String text, String start, String end) {
        assertThat(periods.find(text, FRIDAY))
                .map(PeriodResolver.PeriodMatch::period)
                .contains(period(start, end));
    }

    @Test
    void readsAMonthAlreadyOverAsNextYearsOnlyWhenPlanningAhead() {
        assertThat(periods.find("target for January", FRIDAY, true))
                .map(PeriodResolver.PeriodMatch::period)
                .contains(period("2027-01-01", "2027-01-31"));
        assertThat(periods.find("sales in January", FRIDAY, false))
                .map(PeriodResolver.PeriodMatch::period)
                .contains(period("2026-01-01", "2026-01-31"));
    }

    @Test
    void readsAnExplicitlyNextYearsMonthAsNextYear() {
        assertThat(periods.find("next January", FRIDAY))
                .map(PeriodResolver.PeriodMatch::period)
                .contains(period("2027-01-01", "2027-01-31"));
        assertThat(periods.find("明年1月", FRIDAY))
                .map(PeriodResolver.PeriodMatch::period)
                .contains(period("2027-01-01", "2027-01-31"));
    }

    @ParameterizedTest(name = "\"{0}\" names no period")
    @ValueSource(strings = {"how am I doing", "you may want to check", "三个月", "a quarterly review is nice"})
    void findsNoPeriodWhereNoneIsNamed(String text) {
        assertThat(periods.find(text, FRIDAY)).isEmpty();
    }

    @Test
    void reportsWhereThePeriodIsWritten() {
        String text = "ranking this month please";

        TextSpan span = periods.find(text, FRIDAY).orElseThrow().span();

        assertThat(text.substring(span.start(), span.end())).isEqualTo("this month");
    }

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }
}
