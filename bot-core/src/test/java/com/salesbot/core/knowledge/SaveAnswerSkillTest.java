package com.salesbot.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

class SaveAnswerSkillTest {
    private final KnowledgeWorld kb = new KnowledgeWorld();

    @Test
    void pressingSaveTwiceKeepsOneSearchableEntry() {
        kb.world.tell(kb.world.bob(), "问经理：X900 的报价是多少", Intent.FORWARD_QUESTION);
        kb.world.tell(kb.world.carol(), "answer #Q1: 一千九百美元", Intent.ANSWER_QUESTION);

        String first = kb.world
                .tell(kb.world.carol(), "save answer #Q1", Intent.SAVE_ANSWER)
                .text();
        kb.world.tell(kb.world.carol(), "save answer #Q1", Intent.SAVE_ANSWER);

        KnowledgeEntry entry = kb.knowledge.all().get(0);
        assertThat(first).isEqualTo("Added to the knowledge base: \"X900 的报价是多少\" (#" + entry.id() + ").");
        assertThat(kb.knowledge.all()).hasSize(1);
        assertThat(entry.body()).isEqualTo("一千九百美元");
        assertThat(entry.lang()).isEqualTo(Lang.ZH);
        assertThat(entry.author()).isEqualTo("carol");
        assertThat(kb.knowledge.indexed()).containsExactly(entry);
    }

    @Test
    void anUnansweredQuestionCannotBeSaved() {
        kb.world.tell(kb.world.alice(), "ask manager: lead time for X9?", Intent.FORWARD_QUESTION);

        String reply = kb.world
                .tell(kb.world.carol(), "save answer #Q1", Intent.SAVE_ANSWER)
                .text();

        assertThat(reply).isEqualTo("#Q1 has no answer yet.");
    }
}
