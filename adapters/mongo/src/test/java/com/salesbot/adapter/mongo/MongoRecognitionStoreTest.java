package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kudos.Kudos;
import com.salesbot.core.kudos.RecognitionStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoRecognitionStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final PersonId CAROL = new PersonId("carol");
    private static final PersonId WANG = new PersonId("wang");
    private final Period march = Period.monthOf(MARCH_3);
    private RecognitionStore recognitions;

    @BeforeEach
    void openStores() {
        recognitions = new MongoStores(mongo.database()).recognitions();
    }

    private static Kudos kudos(String id, PersonId giver, LocalDate date, String messageKey, Kudos.Recipient... to) {
        return new Kudos(id, giver, TEAM, List.of(to), "帮我搞定报价", date, source(giver, messageKey, NOON));
    }

    private static Kudos.Recipient to(PersonId person) {
        return new Kudos.Recipient(person, TEAM);
    }

    @Test
    void keepsGiverRecipientsAndChineseReason() {
        assertThat(recognitions.add(kudos("k1", ALICE, MARCH_3, "m1", to(BOB), to(CAROL))))
                .isTrue();

        Document stored = mongo.database().getCollection("recognitions").find().first();
        assertThat(stored.getString("giver")).isEqualTo("alice");
        assertThat(stored.getString("reason")).isEqualTo("帮我搞定报价");
        assertThat(stored.getList("recipients", Document.class))
                .extracting(d -> d.getString("person"))
                .containsExactly("bob", "carol");
        assertThat(stored.getString("date")).isEqualTo("2025-03-03");
    }

    @Test
    void aSecondWriteFromTheSameMessageStoresNothing() {
        recognitions.add(kudos("k1", ALICE, MARCH_3, "m1", to(BOB)));

        assertThat(recognitions.add(kudos("k2", ALICE, MARCH_3, "m1", to(BOB)))).isFalse();
        assertThat(recognitions.receivedBy(BOB, march)).isEqualTo(1);
    }

    @Test
    void countsWhatAGiverGaveOnADayByRecipient() {
        recognitions.add(kudos("k1", ALICE, MARCH_3, "m1", to(BOB), to(CAROL)));
        recognitions.add(kudos("k2", ALICE, MARCH_3, "m2", to(BOB)));
        recognitions.add(kudos("k3", ALICE, MARCH_3.plusDays(1), "m3", to(BOB)));

        assertThat(recognitions.givenOn(ALICE, MARCH_3)).isEqualTo(3);
        assertThat(recognitions.givenOn(BOB, MARCH_3)).isZero();
    }

    @Test
    void countsWhatTeamMembersReceivedInThePeriodOnly() {
        recognitions.add(kudos("k1", ALICE, MARCH_3, "m1", to(BOB), new Kudos.Recipient(WANG, "team-west")));
        recognitions.add(kudos("k2", CAROL, MARCH_3, "m2", to(BOB)));
        recognitions.add(kudos("k3", CAROL, MARCH_3.minusMonths(1), "m3", to(ALICE)));

        Map<PersonId, Long> east = recognitions.receivedByPerson(TEAM, march);

        assertThat(east).isEqualTo(Map.of(BOB, 2L));
        assertThat(recognitions.receivedByPerson("team-west", march)).isEqualTo(Map.of(WANG, 1L));
        assertThat(recognitions.receivedBy(ALICE, march)).isZero();
    }

    @Test
    void undoneKudosStopCounting() {
        recognitions.add(kudos("k1", ALICE, MARCH_3, "m1", to(BOB)));

        EntryRef latest = recognitions.latestBy(ALICE, NOON.minusSeconds(60)).orElseThrow();
        assertThat(latest.kind()).isEqualTo(EntryKind.KUDOS);
        assertThat(latest.summary()).isEqualTo("帮我搞定报价");
        assertThat(recognitions.undo(latest)).isTrue();
        assertThat(recognitions.undo(latest)).isFalse();

        assertThat(recognitions.receivedBy(BOB, march)).isZero();
        assertThat(recognitions.receivedByPerson(TEAM, march)).isEmpty();
        assertThat(recognitions.givenOn(ALICE, MARCH_3)).isZero();
    }
}
