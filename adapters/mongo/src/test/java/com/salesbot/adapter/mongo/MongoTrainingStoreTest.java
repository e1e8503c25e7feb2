package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.training.QuizAnswer;
import com.salesbot.core.training.TrainingItem;
import com.salesbot.core.training.TrainingStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoTrainingStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final PersonId ALICE = new PersonId("alice");
    private TrainingStore training;

    @BeforeEach
    void openStores() {
        training = new MongoStores(mongo.database()).training();
    }

    private static TrainingItem quiz() {
        return new TrainingItem(
                "new", "west", TrainingItem.Kind.QUIZ, "who approves 12%?", List.of("me", "director"), 1, "carol");
    }

    private static Source from(String key) {
        return new Source(new PersonId("carol"), key, Instant.parse("2026-11-27T02:00:00Z"));
    }

    @Test
    void itemsAreNumberedAndARedeliveryFindsTheSameOne() {
        TrainingItem first = training.add(quiz(), from("m1"));
        TrainingItem tip = training.add(
                new TrainingItem("new", "west", TrainingItem.Kind.TIP, "confirm the PO signer", List.of(), -1, "carol"),
                from("m2"));

        assertThat(first.id()).isEqualTo("T1");
        assertThat(tip.id()).isEqualTo("T2");
        assertThat(training.add(quiz(), from("m1")).id()).isEqualTo("T1");
        assertThat(training.item("T1")).contains(first);
        assertThat(training.quizzes("west")).containsExactly(first);
    }

    @Test
    void onlyTheFirstAnswerPerPersonIsRecorded() {
        training.add(quiz(), from("m1"));

        assertThat(training.answer(new QuizAnswer("T1", ALICE, 1, true))).isTrue();
        assertThat(training.answer(new QuizAnswer("T1", ALICE, 0, false))).isFalse();

        assertThat(training.answers("T1")).containsExactly(new QuizAnswer("T1", ALICE, 1, true));
    }
}
