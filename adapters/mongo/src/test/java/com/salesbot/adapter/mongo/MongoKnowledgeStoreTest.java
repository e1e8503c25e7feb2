package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.knowledge.KnowledgeEntry;
import com.salesbot.core.knowledge.KnowledgeStore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoKnowledgeStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private KnowledgeStore knowledge;

    @BeforeEach
    void openStores() {
        knowledge = new MongoStores(mongo.database()).knowledge();
    }

    private static KnowledgeEntry entry(String body) {
        return new KnowledgeEntry(
                "K1A2B3C", "west", "X200 报价", body, List.of("price", "x200"), Lang.ZH, "carol", "chat");
    }

    @Test
    void anEntryRoundTripsAndASecondSaveReplacesIt() {
        knowledge.save(entry("一千二百美元"));
        knowledge.save(entry("一千一百美元"));

        assertThat(knowledge.all()).containsExactly(entry("一千一百美元"));
        assertThat(knowledge.find("K1A2B3C")).contains(entry("一千一百美元"));
    }

    @Test
    void removingSaysWhetherThereWasAnEntry() {
        knowledge.save(entry("x"));

        assertThat(knowledge.remove("K1A2B3C")).isTrue();
        assertThat(knowledge.remove("K1A2B3C")).isFalse();
        assertThat(knowledge.all()).isEmpty();
    }
}
