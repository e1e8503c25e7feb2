package com.salesbot.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

class AddKnowledgeSkillTest {
    private final KnowledgeWorld kb = new KnowledgeWorld();

    @Test
    void aManagerAddsAnEntryWithTitleBodyAndTagsAndItIsSearchableAtOnce() {
        String text =
                "add to playbook: how to answer 'too expensive' → stress the total cost over three years #pricing";
        kb.world.parser().on(text, Intent.ADD_KNOWLEDGE, Entities.none());

        String reply = kb.world.send(kb.world.carol(), text).get(0).text();

        KnowledgeEntry entry = kb.knowledge.all().get(0);
        assertThat(reply)
                .isEqualTo("Added to the knowledge base: \"how to answer 'too expensive\" (#" + entry.id() + ").");
        assertThat(entry.title()).isEqualTo("how to answer 'too expensive");
        assertThat(entry.body()).isEqualTo("stress the total cost over three years");
        assertThat(entry.tags()).containsExactly("pricing");
        assertThat(entry.teamId()).isEqualTo("west");
        assertThat(entry.author()).isEqualTo("carol");
        assertThat(kb.knowledge.indexed()).containsExactly(entry);
    }

    @Test
    void aChineseEntryIsStoredAsChinese() {
        kb.world.tell(kb.world.carol(), "加入知识库：X200 报价 → 标价一千二百美元，十台起九折", Intent.ADD_KNOWLEDGE);

        KnowledgeEntry entry = kb.knowledge.all().get(0);
        assertThat(entry.lang()).isEqualTo(Lang.ZH);
        assertThat(entry.title()).isEqualTo("X200 报价");
    }

    @Test
    void aRetriedMessageKeepsOneEntry() {
        var context = kb.world.context(kb.world.carol(), "add to playbook: warranty → two years", Entities.none());
        kb.world.skill(Intent.ADD_KNOWLEDGE).handle(context);
        kb.world.skill(Intent.ADD_KNOWLEDGE).handle(context);

        assertThat(kb.knowledge.all()).hasSize(1);
    }

    @Test
    void aRepCannotAddAndNothingIsStored() {
        String reply = kb.world
                .tell(kb.world.alice(), "add to playbook: x → y", Intent.ADD_KNOWLEDGE)
                .text();

        assertThat(reply).isEqualTo("Sorry, only a manager can do that.");
        assertThat(kb.knowledge.all()).isEmpty();
    }
}
