package com.salesbot.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReloadKnowledgeSkillTest {
    private final KnowledgeWorld kb = new KnowledgeWorld();

    private static KnowledgeEntry fromFile(String id, String title) {
        return new KnowledgeEntry(
                id, KnowledgeEntry.SHARED, title, "text", List.of(), Lang.EN, "file:faq.md", "file:faq.md");
    }

    @Test
    void anAdminReloadsTheFolderAndVanishedFileEntriesGo() {
        kb.files.add(fromFile("K0000F1", "Warranty"));
        kb.files.add(fromFile("K0000F2", "Returns"));
        kb.base.start();
        kb.files.remove(1);

        String reply = kb.world
                .tell(kb.world.admin(), "reload knowledge base", Intent.RELOAD_KNOWLEDGE)
                .text();

        assertThat(reply).isEqualTo("Reloaded the knowledge folder: 1 entries loaded, 1 removed.");
        assertThat(kb.knowledge.indexed()).extracting(KnowledgeEntry::id).containsExactly("K0000F1");
    }

    @Test
    void aManagerMayNotReload() {
        String reply = kb.world
                .tell(kb.world.carol(), "reload knowledge base", Intent.RELOAD_KNOWLEDGE)
                .text();

        assertThat(reply).startsWith("Sorry, only a").contains("admin");
    }
}
