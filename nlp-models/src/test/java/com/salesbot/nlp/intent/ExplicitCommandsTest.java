package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExplicitCommandsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "daily report: quiet saturday | DAILY_REPORT",
                "EOD: 3 visits | DAILY_REPORT",
                "日报：今天跑了两家 | DAILY_REPORT",
                "undo | UNDO",
                "撤销 | UNDO",
                "Help? | HELP",
            })
    void documentedCommandWordsDecideTheIntent(String text, Intent intent) {
        assertThat(ExplicitCommands.of(text)).contains(intent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help me find Acme's CFO", "undo my last visit please?", "my daily report is late", ""})
    void freeTextIsLeftToTheClassifier(String text) {
        assertThat(ExplicitCommands.of(text)).isEmpty();
    }
}
