package com.salesbot.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

class ForwardQuestionSkillTest {
    private final KnowledgeWorld kb = new KnowledgeWorld();

    @Test
    void theQuestionReachesTheManagerWithTheNumberToAnswerBy() {
        String reply = kb.world
                .tell(kb.world.alice(), "ask manager: can we invoice quarterly?", Intent.FORWARD_QUESTION)
                .text();

        assertThat(reply).isEqualTo("Sent your question to Carol (#Q1). I'll pass on the answer.");
        assertThat(kb.outbound.sent())
                .containsExactly(
                        "slack:TWEST/UCAROL: Alice asks: \"can we invoice quarterly?\" Answer with \"answer #Q1: …\".");
        assertThat(kb.knowledge.question("Q1").orElseThrow().lang()).isEqualTo(Lang.EN);
    }

    @Test
    void aChineseQuestionIsConfirmedInChinese() {
        String reply = kb.world
                .tell(kb.world.bob(), "问经理：X900 的报价是多少", Intent.FORWARD_QUESTION)
                .text();

        assertThat(reply).isEqualTo("已把你的问题发给 Carol（#Q1），有答复我会转给你。");
        assertThat(kb.outbound.sent()).hasSize(1);
    }

    @Test
    void whenNoPlatformReachesTheManagerTheRepIsTold() {
        kb.outbound.failNext(1);

        String reply = kb.world
                .tell(kb.world.alice(), "ask manager: lead time for X9?", Intent.FORWARD_QUESTION)
                .text();

        assertThat(reply).isEqualTo("Your question is saved (#Q1), but I could not reach your manager right now.");
    }
}
