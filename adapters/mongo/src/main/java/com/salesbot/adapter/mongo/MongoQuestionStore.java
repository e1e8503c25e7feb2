package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.knowledge.Question;
import com.salesbot.core.knowledge.QuestionStore;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.bson.Document;

/**
 * Forwarded questions in {@code questions}, numbered Q1, Q2… by one atomic counter; the message key's
 * unique index makes a second delivery find the question it already recorded.
 */
final class MongoQuestionStore implements QuestionStore {
    private static final String COUNTER = "questions";

    private final MongoCollection<Document> questions;
    private final MongoCollection<Document> counters;

    MongoQuestionStore(MongoDatabase database) {
        this.questions = database.getCollection(Schema.QUESTIONS);
        this.counters = database.getCollection(Schema.COUNTERS);
    }

    @Override
    public Question ask(String teamId, String text, Lang lang, Source source) {
        return Guarded.call("questions.ask", () -> {
            Optional<Question> earlier = byMessage(source.messageKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Document counter = counters.findOneAndUpdate(
                    eq("_id", COUNTER),
                    Updates.inc("next", 1),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            String id = "Q" + counter.get("next", Number.class).longValue();
            Document question = new Document("_id", id)
                    .append("asker", source.author().value())
                    .append("teamId", teamId)
                    .append("text", text)
                    .append("lang", lang.code())
                    .append("askedOn", KernelFields.day(LocalDate.ofInstant(source.writtenAt(), ZoneOffset.UTC)))
                    .append(KernelFields.SOURCE, KernelFields.source(source));
            if (!Writes.insertOnce(questions, question)) {
                return byMessage(source.messageKey()).orElseThrow();
            }
            return fromDocument(question);
        });
    }

    private Optional<Question> byMessage(String messageKey) {
        return Optional.ofNullable(
                        questions.find(eq(KernelFields.MESSAGE_KEY, messageKey)).first())
                .map(MongoQuestionStore::fromDocument);
    }

    @Override
    public Optional<Question> question(String id) {
        return Guarded.call(
                "questions.find",
                () -> Optional.ofNullable(questions.find(eq("_id", id)).first()).map(MongoQuestionStore::fromDocument));
    }

    @Override
    public boolean answer(String id, String answer, PersonId by) {
        return Guarded.call(
                "questions.answer",
                () -> questions
                                .updateOne(
                                        eq("_id", id),
                                        Updates.combine(
                                                Updates.set("answer", answer), Updates.set("answeredBy", by.value())))
                                .getMatchedCount()
                        > 0);
    }

    private static Question fromDocument(Document d) {
        String answeredBy = d.getString("answeredBy");
        return new Question(
                d.getString("_id"),
                new PersonId(d.getString("asker")),
                d.getString("teamId"),
                d.getString("text"),
                Lang.fromCode(d.getString("lang")),
                KernelFields.day(d.getString("askedOn")),
                d.getString("answer"),
                answeredBy == null ? null : new PersonId(answeredBy));
    }
}
