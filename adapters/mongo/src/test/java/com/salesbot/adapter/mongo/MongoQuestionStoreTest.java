package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.knowledge.QuestionStore;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoQuestionStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final PersonId ALICE = new PersonId("alice");
    private QuestionStore questions;

    @BeforeEach
    void openStores() {
        questions = new MongoStores(mongo.database()).questions();
    }

    private static Source from(String messageKey) {
        return new Source(ALICE, messageKey, Instant.parse("2026-11-27T02:00:00Z"));
    }

    @Test
    void questionsAreNumberedAndARedeliveryFindsTheSameOne() {
        assertThat(questions
                        .ask("west", "lead time for X9?", Lang.EN, from("m1"))
                        .id())
                .isEqualTo("Q1");
        assertThat(questions.ask("west", "X900 的报价", Lang.ZH, from("m2")).id()).isEqualTo("Q2");
        assertThat(questions
                        .ask("west", "lead time for X9?", Lang.EN, from("m1"))
                        .id())
                .isEqualTo("Q1");
    }

    @Test
    void anAnswerIsStoredWithWhoGaveIt() {
        questions.ask("west", "lead time for X9?", Lang.EN, from("m1"));

        assertThat(questions.answer("Q1", "five days", new PersonId("carol"))).isTrue();
        assertThat(questions.answer("Q9", "nobody asked", new PersonId("carol")))
                .isFalse();

        var q = questions.question("Q1").orElseThrow();
        assertThat(q.answered()).contains("five days");
        assertThat(q.answeredBy()).isEqualTo(new PersonId("carol"));
        assertThat(q.asker()).isEqualTo(ALICE);
    }
}
