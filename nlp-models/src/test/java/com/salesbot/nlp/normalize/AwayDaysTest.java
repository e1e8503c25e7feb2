package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days away a set_away message states, read on Friday 2026-11-27. */
class AwayDaysTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    private final EntityExtractor extractor = new EntityExtractor();

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "off until Friday | 2026-11-27 | 2026-12-03",
                "I'm out next week | 2026-11-30 | 2026-12-06",
                "ooo tomorrow | 2026-11-28 | 2026-11-28",
                "taking PTO Tuesday | 2026-12-01 | 2026-12-01",
                "out of the office from Dec 2 to Dec 4 | 2026-12-02 | 2026-12-04",
                "on holiday, back on Wednesday | 2026-11-27 | 2026-12-01",
                "on leave through Thursday | 2026-11-27 | 2026-12-03",
                "off Monday through Wednesday | 2026-11-30 | 2026-12-02",
                "下周休假 | 2026-11-30 | 2026-12-06",
                "休假到周五 | 2026-11-27 | 2026-12-04",
                "我周一回来 | 2026-11-27 | 2026-11-29",
                "下周一到周三请假 | 2026-11-30 | 2026-12-02",
                "明天请假 | 2026-11-28 | 2026-11-28",
                "年假：12月2日到12月4日 | 2026-12-02 | 2026-12-04",
            })
    void readsTheDaysAwayForward(String text, LocalDate start, LocalDate end) {
        assertThat(extractor.extract(text, Intent.SET_AWAY, NOW).values())
                .containsExactly(java.util.Map.entry(Entities.PERIOD, new Period(start, end)));
    }

    @ParameterizedTest
    @CsvSource({"I'm off for a bit", "我回来了"})
    void statesNoDaysWhenNoneAreWritten(String text) {
        assertThat(extractor.extract(text, Intent.SET_AWAY, NOW).values()).isEmpty();
    }
}
