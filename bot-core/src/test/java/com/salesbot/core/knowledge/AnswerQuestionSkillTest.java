package com.salesbot.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.nlu.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerQuestionSkillTest {
    private final KnowledgeWorld kb = new KnowledgeWorld();

    @Test
    void theAnswerGoesBackToTheRepInTheQuestionsLanguageWithASaveButtonForTheManager() {
        kb.world.tell(kb.world.bob(), "问经理：X900 的报价是多少", Intent.FORWARD_QUESTION);

        Reply reply =
                kb.world.tell(kb.world.carol(), "answer #Q1: $1,900 list, 5% off for ten", Intent.ANSWER_QUESTION);

        assertThat(reply.text()).isEqualTo("Sent your answer to Bob.");
        assertThat(reply.blocks())
                .containsExactly(
                        new Block.Choices(List.of(new Block.Choice("Save to knowledge base", "save answer #Q1"))));
        assertThat(kb.outbound.sent())
                .last()
                .isEqualTo("slack:TWEST/UBOB: Carol 回答了你的问题“X900 的报价是多少”：$1,900 list, 5% off for ten");
    }

    @Test
    void aQuestionFromAnotherTeamOrUnknownIsRefused() {
        String reply = kb.world
                .tell(kb.world.carol(), "answer #Q7: yes", Intent.ANSWER_QUESTION)
                .text();

        assertThat(reply).isEqualTo("I don't know that question. Questions are named like #Q3.");
    }
}
