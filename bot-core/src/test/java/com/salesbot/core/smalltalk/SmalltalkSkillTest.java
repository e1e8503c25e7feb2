package com.salesbot.core.smalltalk;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmalltalkSkillTest {
    private final TestWorld world = TestWorld.create();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "hi there            | Hi Alice! Tell me about your visits and sales, or ask for your target.",
                "pretty busy day     | Hi Alice! Tell me about your visits and sales, or ask for your target.",
                "thanks!             | You're welcome! Go get them.",
                "ty                  | You're welcome! Go get them.",
                "cheers mate         | You're welcome! Go get them.",
                "ok bye              | Bye Alice, good selling!",
                "good night          | Bye Alice, good selling!"
            })
    void answersGreetingsThanksAndGoodbyesInEnglish(String text, String expected) {
        assertThat(world.tell(world.alice(), text, Intent.SMALLTALK).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "你好     | 你好，Bob！告诉我你的拜访和成交，或者问问你的目标。",
                "谢谢     | 不客气，加油！",
                "多谢啦   | 不客气，加油！",
                "拜拜     | 再见 Bob，祝你开单顺利！",
                "晚安     | 再见 Bob，祝你开单顺利！"
            })
    void answersGreetingsThanksAndGoodbyesInChinese(String text, String expected) {
        assertThat(world.tell(world.bob(), text, Intent.SMALLTALK).text()).isEqualTo(expected);
    }

    @Test
    void writesNothing() {
        world.tell(world.alice(), "hello", Intent.SMALLTALK);

        assertThat(world.visits().all()).isEmpty();
        assertThat(world.sales().all()).isEmpty();
        assertThat(world.reports().all()).isEmpty();
    }
}
