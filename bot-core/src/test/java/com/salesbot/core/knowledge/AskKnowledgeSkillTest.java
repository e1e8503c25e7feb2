package com.salesbot.core.knowledge;

import static com.salesbot.core.knowledge.KnowledgeWorld.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

class AskKnowledgeSkillTest {
    private final KnowledgeWorld kb = new KnowledgeWorld();

    @Test
    void aRepGetsTheBestEntriesWithAnExcerptAndTheirIds() {
        kb.base.save(entry(
                "K000001", "west", "Discount requests", "Anything over 10% needs the manager's approval.", Lang.EN));
        kb.base.save(entry("K000002", "west", "Warranty", "Two years on every device.", Lang.EN));

        Reply reply = kb.world.tell(kb.world.alice(), "how do I handle discount requests?", Intent.ASK_KNOWLEDGE);

        assertThat(reply.text())
                .startsWith("From the team knowledge base:")
                .contains("1. Discount requests — Anything over 10% needs the manager's approval. (#K000001)")
                .doesNotContain("Warranty");
    }

    @Test
    void anotherTeamsEntriesStayHidden() {
        kb.base.save(entry("K000003", "east", "Discount requests", "East gives 15%.", Lang.EN));

        Reply reply = kb.world.tell(kb.world.alice(), "discount requests?", Intent.ASK_KNOWLEDGE);

        assertThat(reply.text()).doesNotContain("15%").startsWith("I found nothing");
    }

    @Test
    void withNothingGoodItOffersToAskTheManagerInTheRepsLanguage() {
        Reply en = kb.world.tell(kb.world.alice(), "what is the price of the X900?", Intent.ASK_KNOWLEDGE);
        Reply zh = kb.world.tell(kb.world.bob(), "X900 的报价是多少", Intent.ASK_KNOWLEDGE);

        assertThat(en.text())
                .isEqualTo("I found nothing on that in the team knowledge base. Shall I ask your manager?");
        assertThat(en.blocks())
                .containsExactly(new Block.Choices(java.util.List.of(
                        new Block.Choice("Ask my manager", "ask manager: what is the price of the X900?"))));
        assertThat(zh.text()).isEqualTo("团队知识库里没找到相关内容。要我帮你问经理吗？");
        assertThat(zh.blocks())
                .containsExactly(new Block.Choices(java.util.List.of(new Block.Choice("问经理", "问经理：X900 的报价是多少"))));
    }
}
