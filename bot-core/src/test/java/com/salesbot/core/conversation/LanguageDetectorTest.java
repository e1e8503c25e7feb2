package com.salesbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract's rule: drop mentions and URLs, count Han characters H and Latin words W; zh when H > 0 and H ≥ 2W. */
class LanguageDetectorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "今天见了Acme的CTO                              ; ZH", // H=5, W=2
                "ok 好                                          ; EN", // H=1, W=1
                "好的 ok                                        ; ZH", // H=2, W=1
                "本周拜访量排行                                 ; ZH",
                "closed $12.5k with Globex today                ; EN",
                "<@U024BE7LH> 你好                              ; ZH", // the mention is dropped: H=2, W=0
                "<@U024BE7LH|alice> 好                          ; ZH",
                "看看 https://example.com/some/long/path        ; ZH", // the URL is dropped
                "见 <https://example.com|the deck> ok           ; EN", // H=1, W=1 after dropping the link
                "12345 !!!                                      ; EN", // no Han at all
                "''                                             ; EN"
            })
    void followsTheContractRule(String text, Lang expected) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
    }

    @Test
    void decidesAsTheContractsRegexRuleDoesOnRandomMarkupHanAndLatinMixes() {
        // the characters the rule turns on, unpaired surrogates and a supplementary Han character included
        String[] pieces = {
            "<",
            ">",
            "<@U1>",
            "<#C2|sales>",
            "http",
            "https://",
            "http://x.io",
            "://",
            "h",
            "s",
            " ",
            "\t",
            "\n",
            "\u000B",
            "a",
            "Z",
            "ok",
            "好",
            "华为",
            "\uD840\uDC00",
            "\uD840",
            "\uDC00",
            "1",
            "!",
            "|",
            "é"
        };
        Random random = new Random(20261127);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(LanguageDetector.detect(text.toString())).as("%s", text).isEqualTo(byRegex(text.toString()));
        }
    }

    // the contract's rule as first written, with regular expressions
    private static Lang byRegex(String text) {
        String cleaned = Pattern.compile("<[^<>]*>|https?://\\S+").matcher(text).replaceAll(" ");
        long han = cleaned.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
        long words = Pattern.compile("[A-Za-z]+").matcher(cleaned).results().count();
        return han > 0 && han >= 2 * words ? Lang.ZH : Lang.EN;
    }

    @Test
    void nullIsEnglish() {
        assertThat(LanguageDetector.detect(null)).isEqualTo(Lang.EN);
    }
}
