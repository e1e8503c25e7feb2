package com.salesbot.core.knowledge;

import static com.salesbot.core.knowledge.KnowledgeWorld.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

class RemoveKnowledgeSkillTest {
    private final KnowledgeWorld kb = new KnowledgeWorld();

    @Test
    void aManagerRemovesAnEntryFromStoreAndIndex() {
        kb.base.save(entry("K00000C", "west", "保修", "两年。", Lang.ZH));

        String reply = kb.world
                .tell(kb.world.carol(), "删除知识库 #K00000C", Intent.REMOVE_KNOWLEDGE)
                .text();

        assertThat(reply).isEqualTo("已删除 #K00000C：“保修”。");
        assertThat(kb.knowledge.all()).isEmpty();
        assertThat(kb.knowledge.indexed()).isEmpty();
    }

    @Test
    void anUnknownIdSaysSo() {
        String reply = kb.world
                .tell(kb.world.carol(), "remove playbook #K999999", Intent.REMOVE_KNOWLEDGE)
                .text();

        assertThat(reply).startsWith("I don't know that entry");
    }
}
