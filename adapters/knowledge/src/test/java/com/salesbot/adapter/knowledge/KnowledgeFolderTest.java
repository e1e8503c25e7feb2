package com.salesbot.adapter.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.knowledge.KnowledgeEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeFolderTest {
    @TempDir
    Path dir;

    @Test
    void markdownSectionsAndCsvRowsBecomeSharedEntriesWithTagsAndLanguage() throws Exception {
        Files.writeString(dir.resolve("faq.md"), """
                # FAQ
                ## Warranty
                tags: warranty, devices
                Two years on every device.

                ## 保修
                lang: zh
                两年。
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("prices.csv"), """
                title,body,tags,lang
                X200 price,"$1,200 list; ""ten or more"" $1,050",price;x200,en
                S10 起订量,二十台,,
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "ignored", StandardCharsets.UTF_8);

        List<KnowledgeEntry> entries = new KnowledgeFolder(dir).load();

        assertThat(entries)
                .extracting(KnowledgeEntry::title)
                .containsExactly("Warranty", "保修", "X200 price", "S10 起订量");
        KnowledgeEntry warranty = entries.get(0);
        assertThat(warranty.body()).isEqualTo("Two years on every device.");
        assertThat(warranty.tags()).containsExactly("warranty", "devices");
        assertThat(warranty.teamId()).isEqualTo(KnowledgeEntry.SHARED);
        assertThat(warranty.origin()).isEqualTo("file:faq.md");
        assertThat(entries.get(1).lang()).isEqualTo(Lang.ZH);
        assertThat(entries.get(2).body()).isEqualTo("$1,200 list; \"ten or more\" $1,050");
        assertThat(entries.get(2).tags()).containsExactly("price", "x200");
        assertThat(entries.get(3).lang()).isEqualTo(Lang.ZH);
    }

    @Test
    void theSameFileLoadedTwiceGivesTheSameIds() throws Exception {
        Files.writeString(dir.resolve("faq.md"), "## Warranty\nTwo years.\n", StandardCharsets.UTF_8);

        assertThat(new KnowledgeFolder(dir).load()).isEqualTo(new KnowledgeFolder(dir).load());
    }

    @Test
    void aMissingFolderHoldsNothing() {
        assertThat(new KnowledgeFolder(dir.resolve("nope")).load()).isEmpty();
    }
}
