package com.salesbot.nlp.normalize;

import static com.salesbot.nlp.normalize.DateTimeResolver.Direction.RECORDING;
import static com.salesbot.nlp.normalize.DateTimeResolver.Direction.SCHEDULING;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.normalize.DateTimeResolver.Direction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeResolverTest {
    // Friday 2026-11-27 10:00 in Shanghai, the contract's reference clock.
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    private final DateTimeResolver dates = new DateTimeResolver();

    @ParameterizedTest(name = "scheduling \"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "today | 2026-11-27",
                "tomorrow | 2026-11-28",
                "the day after tomorrow | 2026-11-29",
                "Tuesday | 2026-12-01",
                "next Tuesday | 2026-12-01",
                "next Friday | 2026-12-04",
                "in 3 days | 2026-11-30",
                "in 2 weeks | 2026-12-11",
                "Dec 5 | 2026-12-05",
                "5 Dec | 2026-12-05",
                "jan 4 | 2027-01-04",
                "明天 | 2026-11-28",
                "后天 | 2026-11-29",
                "下周二 | 2026-12-01",
                "周二 | 2026-12-01",
                "星期二 | 2026-12-01",
                "礼拜二 | 2026-12-01",
                "三天后 | 2026-11-30",
                "两周后 | 2026-12-11",
                "12月5日 | 2026-12-05",
                "12月5号 | 2026-12-05",
                "下个月3号 | 2026-12-03",
                "end of the month | 2026-11-30",
            })
    void resolvesDatesForSchedulingForward(String text, String expected) {
        assertThat(resolve(text, SCHEDULING)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "recording \"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "yesterday | 2026-11-26",
                "Tuesday | 2026-11-24",
                "Friday | 2026-11-27",
                "last Friday | 2026-11-20",
                "oct 29 | 2026-10-29",
                "Dec 5 | 2025-12-05",
                "3 days ago | 2026-11-24",
                "昨天 | 2026-11-26",
                "周二 | 2026-11-24",
                "上周五 | 2026-11-20",
                "前天 | 2026-11-25",
            })
    void resolvesDatesForRecordingBackward(String text, String expected) {
        assertThat(resolve(text, RECORDING)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "next Tuesday 3pm | 2026-12-01T15:00",
                "Dec 5 at 3pm | 2026-12-05T15:00",
                "tomorrow at 9:30am | 2026-11-28T09:30",
                "3pm tomorrow | 2026-11-28T15:00",
                "at 3pm | 2026-11-27T15:00",
                "9am | 2026-11-28T09:00",
                "15:00 | 2026-11-27T15:00",
                "noon | 2026-11-27T12:00",
                "in 30 minutes | 2026-11-27T10:30",
                "in 2 hours | 2026-11-27T12:00",
                "明天下午三点 | 2026-11-28T15:00",
                "下午三点 | 2026-11-27T15:00",
                "上午9点 | 2026-11-28T09:00",
                "晚上8点半 | 2026-11-27T20:30",
                "中午 | 2026-11-27T12:00",
                "十点 | 2026-11-28T10:00",
                "周一下午4点 | 2026-11-30T16:00",
                "半小时后 | 2026-11-27T10:30",
            })
    void givesADateTimeWhenATimeOfDayIsStated(String text, String expected) {
        assertThat(resolve(text, SCHEDULING)).contains(LocalDateTime.parse(expected));
    }

    @Test
    void putsATimeAlreadyPastTodayOnTomorrowWhenScheduling() {
        assertThat(resolve("9am", SCHEDULING)).contains(LocalDateTime.parse("2026-11-28T09:00"));
        assertThat(resolve("9am", RECORDING)).contains(LocalDateTime.parse("2026-11-27T09:00"));
    }

    @Test
    void countsElapsedTimeAcrossADaylightSavingChange() {
        ZonedDateTime beforeSpringForward = ZonedDateTime.of(2026, 3, 8, 1, 30, 0, 0, ZoneId.of("America/New_York"));

        Optional<Temporal> inOneHour = dates.resolveFirst("in 1 hour", beforeSpringForward, SCHEDULING);

        assertThat(inOneHour).contains(LocalDateTime.parse("2026-03-08T03:30"));
    }

    @Test
    void saysWhetherAMessageStatesATime() {
        assertThat(dates.statesTime("call Acme tomorrow at 3pm")).isTrue();
        assertThat(dates.statesTime("明天下午三点")).isTrue();
        assertThat(dates.statesTime("call Acme tomorrow")).isFalse();
    }

    @Test
    void marksWordsThatPointAhead() {
        assertThat(dates.findAll("next Tuesday").get(0).pointsAhead()).isTrue();
        assertThat(dates.findAll("下周三").get(0).pointsAhead()).isTrue();
        assertThat(dates.findAll("yesterday").get(0).pointsAhead()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" states no date")
    @ValueSource(strings = {"we sat down with them", "快一点", "12/5", "the sun was out", "5 visits", "12.5k"})
    void doesNotReadDatesIntoOrdinaryWordsOrAmbiguousForms(String text) {
        assertThat(dates.findAll(text)).isEmpty();
    }

    @Test
    void skipsImpossibleDatesInsteadOfFailing() {
        assertThat(resolve("Feb 30", SCHEDULING)).isEmpty();
        assertThat(resolve("2026-13-45", SCHEDULING)).isEmpty();
    }

    private Optional<Temporal> resolve(String text, Direction direction) {
        return dates.resolveFirst(text, NOW, direction);
    }
}
