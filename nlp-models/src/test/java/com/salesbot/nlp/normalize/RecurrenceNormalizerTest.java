package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceNormalizerTest {
    private final RecurrenceNormalizer recurrences = new RecurrenceNormalizer();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "every day at 9 | FREQ=DAILY",
                "daily standup reminder at 9am daily | FREQ=DAILY",
                "every weekday | FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "remind me on weekdays | FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "every Monday | FREQ=WEEKLY;BYDAY=MO",
                "every Mon and Thu | FREQ=WEEKLY;BYDAY=MO,TH",
                "every Friday, Monday and Wednesday | FREQ=WEEKLY;BYDAY=MO,WE,FR",
                "weekly on Fridays | FREQ=WEEKLY;BYDAY=FR",
                "on Tuesdays | FREQ=WEEKLY;BYDAY=TU",
                "every other week | FREQ=WEEKLY;INTERVAL=2",
                "every 2 weeks on Thursday | FREQ=WEEKLY;BYDAY=TH;INTERVAL=2",
                "biweekly on wednesdays | FREQ=WEEKLY;BYDAY=WE;INTERVAL=2",
                "monthly on the 15th | FREQ=MONTHLY;BYMONTHDAY=15",
                "every month on the 1st | FREQ=MONTHLY;BYMONTHDAY=1",
                "on the 21st of every month | FREQ=MONTHLY;BYMONTHDAY=21",
                "every 3 days | FREQ=DAILY;INTERVAL=3",
            })
    void readsEnglishRepeatRules(String text, String rrule) {
        assertThat(recurrences.find(text)).map(r -> r.rule().toRrule()).contains(rrule);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "每天 | FREQ=DAILY",
                "每日晚上7点 | FREQ=DAILY",
                "每个工作日 | FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "工作日每天 | FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "每周一 | FREQ=WEEKLY;BYDAY=MO",
                "每周一三五 | FREQ=WEEKLY;BYDAY=MO,WE,FR",
                "每周一和周四 | FREQ=WEEKLY;BYDAY=MO,TH",
                "每周四15点提醒我 | FREQ=WEEKLY;BYDAY=TH",
                "每礼拜四下午3:30 | FREQ=WEEKLY;BYDAY=TH",
                "每两周 | FREQ=WEEKLY;INTERVAL=2",
                "每隔一周 | FREQ=WEEKLY;INTERVAL=2",
                "每两周的周二下午2点 | FREQ=WEEKLY;BYDAY=TU;INTERVAL=2",
                "隔周周一17点 | FREQ=WEEKLY;BYDAY=MO;INTERVAL=2",
                "每月15号 | FREQ=MONTHLY;BYMONTHDAY=15",
                "每月1日 | FREQ=MONTHLY;BYMONTHDAY=1",
            })
    void readsChineseRepeatRules(String text, String rrule) {
        assertThat(recurrences.find(text)).map(r -> r.rule().toRrule()).contains(rrule);
    }

    @ParameterizedTest(name = "\"{0}\" does not repeat")
    @ValueSource(
            strings = {"submit the daily report on friday", "send the weekly report tomorrow", "call Acme on Monday"})
    void doesNotReadAnAdjectiveOrASingleDayAsARepeatRule(String text) {
        assertThat(recurrences.find(text)).isEmpty();
    }

    @Test
    void readsOnceAWeekWithoutMistakingItsOneForMonday() {
        assertThat(recurrences.find("每周一次的会")).map(r -> r.rule().toRrule()).contains("FREQ=WEEKLY");
    }

    @Test
    void reportsWhereTheRuleIsWrittenSoItsWeekdaysAreNotReadAsDates() {
        String text = "remind me every Mon and Thu at 9";

        TextSpan span = recurrences.find(text).orElseThrow().span();

        assertThat(text.substring(span.start(), span.end())).isEqualTo("every Mon and Thu");
    }
}
