package com.salesbot.core.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void saysItDidNotUnderstandAndSuggestsThreeThings() {
        Reply reply = world.tell(world.alice(), "what's the weather on mars", Intent.UNKNOWN);

        assertThat(reply.text())
                .isEqualTo("Sorry, I didn't get that. You can say things like:\n"
                        + "• \"visited Acme Corp today, met the CTO, follow up next Tuesday\"\n"
                        + "• \"closed $12.5k with Globex today\"\n"
                        + "• \"how am I doing against my target this month?\"\n"
                        + "Say \"help\" for everything I can do.");
        assertThat(reply.blocks()).containsExactly(new Block.Choices(List.of(new Block.Choice("Help", "help"))));
    }

    @Test
    void suggestsInChineseWithAChineseHelpButton() {
        Reply reply = world.tell(world.bob(), "火星天气怎么样", Intent.UNKNOWN);

        assertThat(reply.text())
                .startsWith("抱歉，我没听懂。你可以这样说：\n• \"今天拜访了华为技术,见了王经理,下周三跟进\"")
                .endsWith("发送“帮助”查看全部功能。");
        assertThat(reply.blocks()).containsExactly(new Block.Choices(List.of(new Block.Choice("帮助", "帮助"))));
    }

    @Test
    void unscriptedTextAndIntentsWithoutASkillFallBackToIt() {
        Reply unscripted = TestWorld.only(world.send(world.alice(), "blah blah"));
        // the test world registers no knowledge-base skills
        Reply noSkill = world.tell(world.alice(), "how do I answer 'too expensive'?", Intent.ASK_KNOWLEDGE);

        assertThat(unscripted.text()).startsWith("Sorry, I didn't get that.");
        assertThat(noSkill.text()).startsWith("Sorry, I didn't get that.");
    }
}
