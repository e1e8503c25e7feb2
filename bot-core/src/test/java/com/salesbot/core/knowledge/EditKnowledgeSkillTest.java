package com.salesbot.core.knowledge;

import static com.salesbot.core.knowledge.KnowledgeWorld.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

class EditKnowledgeSkillTest {
    private final KnowledgeWorld kb = new KnowledgeWorld();

    @Test
    void aManagerRewritesAnEntryAndTheIndexFollows() {
        kb.base.save(entry("K00000A", "west", "Warranty", "One year.", Lang.EN));

        String reply = kb.world
                .tell(
                        kb.world.carol(),
                        "edit playbook #K00000A: Warranty → Two years on every device.",
                        Intent.EDIT_KNOWLEDGE)
                .text();

        assertThat(reply).isEqualTo("Changed #K00000A: \"Warranty\".");
        assertThat(kb.knowledge.find("K00000A").orElseThrow().body()).isEqualTo("Two years on every device.");
        assertThat(kb.knowledge.indexed().get(0).body()).isEqualTo("Two years on every device.");
    }

    @Test
    void anotherTeamsEntryCannotBeEdited() {
        kb.base.save(entry("K00000B", "east", "Warranty", "One year.", Lang.EN));

        String reply = kb.world
                .tell(kb.world.carol(), "edit playbook #K00000B: Warranty → Ten years", Intent.EDIT_KNOWLEDGE)
                .text();

        assertThat(reply).startsWith("I don't know that entry");
        assertThat(kb.knowledge.find("K00000B").orElseThrow().body()).isEqualTo("One year.");
    }
}
