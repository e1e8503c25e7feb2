package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.competitor.CompetitorNote;
import com.salesbot.core.competitor.CompetitorNoteStore;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoCompetitorNoteStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private final Period march = Period.monthOf(MARCH_3);
    private CompetitorNoteStore notes;

    @BeforeEach
    void openStores() {
        new MongoStores(mongo.database());
        notes = new MongoCrmStores(mongo.database()).competitorNotes();
    }

    private static CompetitorNote note(String id, PersonId author, String customer, LocalDate date, String key) {
        return new CompetitorNote(
                id, author, TEAM, "金蝶", customer, "金蝶在" + customer + "降价", date, source(author, key, NOON));
    }

    @Test
    void aNoteIsStoredOnceAndReadBackWithItsCustomerAndText() {
        assertThat(notes.add(note("n1", ALICE, "华为技术", MARCH_3, "m1"))).isTrue();
        assertThat(notes.add(note("n2", ALICE, "华为技术", MARCH_3, "m1"))).isFalse();

        assertThat(notes.inPeriod(RecordScope.team(TEAM), march))
                .singleElement()
                .isEqualTo(note("n1", ALICE, "华为技术", MARCH_3, "m1"));
    }

    @Test
    void listsByPeriodAndScopeAndLeavesUndoneNotesOut() {
        notes.add(note("n1", ALICE, "华为技术", MARCH_3, "m1"));
        notes.add(note("n2", BOB, null, MARCH_3.plusDays(1), "m2"));
        CompetitorNote older = note("n3", ALICE, "中兴", MARCH_3.minusMonths(1), "m3");
        notes.add(new CompetitorNote(
                older.id(),
                ALICE,
                TEAM,
                "金蝶",
                "中兴",
                older.text(),
                older.date(),
                source(ALICE, "m3", NOON.minus(Duration.ofDays(30)))));

        assertThat(notes.inPeriod(RecordScope.team(TEAM), march))
                .extracting(CompetitorNote::id)
                .containsExactly("n1", "n2");
        assertThat(notes.inPeriod(new RecordScope(TEAM, BOB), march))
                .extracting(CompetitorNote::customer)
                .containsExactly((String) null);
        assertThat(notes.inPeriod(RecordScope.team("other"), march)).isEmpty();

        EntryRef latest = notes.latestBy(ALICE, NOON.minus(Duration.ofHours(1))).orElseThrow();
        assertThat(latest.summary()).isEqualTo("金蝶");
        assertThat(notes.undo(latest)).isTrue();
        assertThat(notes.inPeriod(RecordScope.all(), march))
                .extracting(CompetitorNote::id)
                .containsExactly("n2");
    }
}
