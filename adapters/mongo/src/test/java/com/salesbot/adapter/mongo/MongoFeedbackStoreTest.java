package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.feedback.Feedback;
import com.salesbot.core.feedback.FeedbackStore;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoFeedbackStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private FeedbackStore feedback;

    @BeforeEach
    void openStores() {
        feedback = new MongoStores(mongo.database()).feedback();
    }

    @Test
    void theStoredAnonymousDocumentHoldsNothingThatLeadsToTheSender() {
        feedback.add(new Feedback(UUID.randomUUID().toString(), "west", null, "targets feel too high", Lang.EN, DAY));

        Document raw = mongo.database().getCollection(Schema.FEEDBACK).find().first();

        assertThat(raw.keySet()).containsExactlyInAnyOrder("_id", "text", "lang", "day", "teamId");
        // A String id, not an ObjectId, whose first four bytes would be the second it was written.
        assertThat(raw.get("_id")).isInstanceOf(String.class);
        assertThat(raw.getString("day")).isEqualTo("2026-11-27");
    }

    @Test
    void anonymousFeedbackWithoutATeamIsStoredWithoutOne() {
        feedback.add(new Feedback(UUID.randomUUID().toString(), null, null, "too many meetings", Lang.EN, DAY));

        Document raw = mongo.database().getCollection(Schema.FEEDBACK).find().first();

        assertThat(raw.keySet()).containsExactlyInAnyOrder("_id", "text", "lang", "day");
    }

    @Test
    void aTeamsFeedbackOfAPeriodComesBackWithNamesWhereGiven() {
        feedback.add(new Feedback("f1", "west", new PersonId("alice"), "more demo units", Lang.EN, DAY));
        feedback.add(new Feedback("f2", "west", null, "指标太高", Lang.ZH, DAY.minusMonths(1)));
        feedback.add(new Feedback("f3", "east", null, "other team", Lang.EN, DAY));

        assertThat(feedback.forTeam("west", Period.monthOf(DAY)))
                .containsExactly(new Feedback("f1", "west", new PersonId("alice"), "more demo units", Lang.EN, DAY));
    }
}
