package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.training.QuizAnswer;
import com.salesbot.core.training.TrainingItem;
import com.salesbot.core.training.TrainingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;

/**
 * Tips and quizzes in {@code training}, numbered T1, T2… by one atomic counter; answers in
 * {@code quiz_answers} under the id {@code QUIZ:PERSON}, so the first answer per person wins even
 * when two arrive at once.
 */
final class MongoTrainingStore implements TrainingStore {
    private static final String COUNTER = "training";

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> answers;
    private final MongoCollection<Document> counters;

    MongoTrainingStore(MongoDatabase database) {
        this.items = database.getCollection(Schema.TRAINING);
        this.answers = database.getCollection(Schema.QUIZ_ANSWERS);
        this.counters = database.getCollection(Schema.COUNTERS);
    }

    @Override
    public TrainingItem add(TrainingItem item, Source source) {
        return Guarded.call("training.add", () -> {
            Optional<TrainingItem> earlier = byMessage(source.messageKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Document counter = counters.findOneAndUpdate(
                    eq("_id", COUNTER),
                    Updates.inc("next", 1),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            String id = "T" + counter.get("next", Number.class).longValue();
            Document document = new Document("_id", id)
                    .append("teamId", item.teamId())
                    .append("kind", item.kind().name().toLowerCase(Locale.ROOT))
                    .append("text", item.text())
                    .append("options", item.options())
                    .append("correct", item.correct())
                    .append("author", item.author())
                    .append(KernelFields.SOURCE, KernelFields.source(source));
            if (!Writes.insertOnce(items, document)) {
                return byMessage(source.messageKey()).orElseThrow();
            }
            return fromDocument(document);
        });
    }

    private Optional<TrainingItem> byMessage(String messageKey) {
        return Optional.ofNullable(
                        items.find(eq(KernelFields.MESSAGE_KEY, messageKey)).first())
                .map(MongoTrainingStore::fromDocument);
    }

    @Override
    public Optional<TrainingItem> item(String id) {
        return Guarded.call(
                "training.item",
                () -> Optional.ofNullable(items.find(eq("_id", id)).first()).map(MongoTrainingStore::fromDocument));
    }

    @Override
    public List<TrainingItem> quizzes(String teamId) {
        return Guarded.call("training.quizzes", () -> {
            List<TrainingItem> found = new ArrayList<>();
            items.find(and(eq("teamId", teamId), eq("kind", "quiz")))
                    .sort(Sorts.ascending(KernelFields.WRITTEN_AT))
                    .forEach(d -> found.add(fromDocument(d)));
            return List.copyOf(found);
        });
    }

    @Override
    public boolean answer(QuizAnswer answer) {
        Document document = new Document(
                        "_id", answer.quizId() + ":" + answer.person().value())
                .append("quizId", answer.quizId())
                .append("person", answer.person().value())
                .append("choice", answer.choice())
                .append("correct", answer.correct());
        return Guarded.call("training.answer", () -> Writes.insertOnce(answers, document));
    }

    @Override
    public List<QuizAnswer> answers(String quizId) {
        return Guarded.call("training.answers", () -> {
            List<QuizAnswer> found = new ArrayList<>();
            answers.find(eq("quizId", quizId))
                    .forEach(d -> found.add(new QuizAnswer(
                            d.getString("quizId"),
                            new PersonId(d.getString("person")),
                            d.getInteger("choice"),
                            d.getBoolean("correct"))));
            return List.copyOf(found);
        });
    }

    private static TrainingItem fromDocument(Document d) {
        return new TrainingItem(
                d.getString("_id"),
                d.getString("teamId"),
                TrainingItem.Kind.valueOf(d.getString("kind").toUpperCase(Locale.ROOT)),
                d.getString("text"),
                d.getList("options", String.class, List.of()),
                d.getInteger("correct"),
                d.getString("author"));
    }
}
