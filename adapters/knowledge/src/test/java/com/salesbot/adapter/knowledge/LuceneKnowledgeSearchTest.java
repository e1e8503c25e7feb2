package com.salesbot.adapter.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.knowledge.KnowledgeEntry;
import com.salesbot.core.knowledge.KnowledgeHit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LuceneKnowledgeSearchTest {
    private final LuceneKnowledgeSearch search = new LuceneKnowledgeSearch();

    private static KnowledgeEntry entry(String id, String team, String title, String body, Lang lang) {
        return new KnowledgeEntry(id, team, title, body, List.of(), lang, "carol", "chat");
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void englishQuestionsMatchStemmedWordsAndChineseQuestionsMatchSegmentedWords() {
        search.rebuild(List.of(
                entry("K1", "west", "Handling discount requests", "Anything over 10% needs approval.", Lang.EN),
                entry("K2", "west", "X200 报价", "标价每台一千二百美元。", Lang.ZH)));

        assertThat(search.search("west", "how do I handle a discounted price?", 3))
                .extracting(h -> h.entry().id())
                .first()
                .isEqualTo("K1");
        List<KnowledgeHit> zh = search.search("west", "X200 的报价是多少", 3);
        assertThat(zh.get(0).entry().id()).isEqualTo("K2");
        assertThat(zh.get(0).coverage()).isEqualTo(1.0);
    }

    @Test
    void aTeamSeesItsOwnAndSharedEntriesOnly() {
        search.rebuild(List.of(
                entry("K1", "west", "Warranty", "Two years.", Lang.EN),
                entry("K2", "east", "Warranty", "Three years.", Lang.EN),
                entry("K3", KnowledgeEntry.SHARED, "Warranty extension", "Three more years.", Lang.EN)));

        assertThat(search.search("west", "warranty", 3))
                .extracting(h -> h.entry().id())
                .containsExactlyInAnyOrder("K1", "K3");
    }

    @Test
    void editsAndRemovalsShowInTheNextSearch() {
        search.index(entry("K1", "west", "Warranty", "One year.", Lang.EN));
        search.index(entry("K1", "west", "Warranty", "Two years.", Lang.EN));
        assertThat(search.search("west", "warranty", 3))
                .extracting(h -> h.entry().body())
                .containsExactly("Two years.");

        search.unindex("K1");
        assertThat(search.search("west", "warranty", 3)).isEmpty();
    }

    @Test
    void aQuestionOfOnlyQuestionWordsFindsNothing() {
        search.index(entry("K1", "west", "How we work", "What we do.", Lang.EN));

        assertThat(search.search("west", "how do I?", 3)).isEmpty();
    }

    @Test
    void aWeakMatchHasLowCoverage() {
        search.index(entry("K1", "west", "Warranty terms", "Two years on parts.", Lang.EN));

        KnowledgeHit hit =
                search.search("west", "shipping terms for Hong Kong orders", 3).get(0);

        assertThat(hit.coverage()).isLessThan(0.5);
    }
}
