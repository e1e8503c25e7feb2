package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.salesbot.core.feedback.Feedback;
import com.salesbot.core.feedback.FeedbackStore;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Feedback in {@code feedback}. An anonymous document holds the text, language, day and (for teams
 * with more than one rep) the team, under a random id: no sender, no message key, no ObjectId (whose
 * first bytes are a timestamp) and no time of day.
 */
final class MongoFeedbackStore implements FeedbackStore {
    private final MongoCollection<Document> feedback;

    MongoFeedbackStore(MongoDatabase database) {
        this.feedback = database.getCollection(Schema.FEEDBACK);
    }

    @Override
    public boolean add(Feedback item) {
        Document document = new Document("_id", item.id())
                .append("text", item.text())
                .append("lang", item.lang().code())
                .append("day", KernelFields.day(item.day()));
        if (item.teamId() != null) {
            document.append("teamId", item.teamId());
        }
        if (item.from() != null) {
            document.append("from", item.from().value());
        }
        return Guarded.call("feedback.add", () -> Writes.insertOnce(feedback, document));
    }

    @Override
    public List<Feedback> forTeam(String teamId, Period period) {
        return Guarded.call("feedback.forTeam", () -> {
            List<Feedback> found = new ArrayList<>();
            feedback.find(and(eq("teamId", teamId), KernelFields.dayIn("day", period)))
                    .sort(Sorts.ascending("day"))
                    .forEach(d -> found.add(new Feedback(
                            d.getString("_id"),
                            d.getString("teamId"),
                            d.getString("from") == null ? null : new PersonId(d.getString("from")),
                            d.getString("text"),
                            Lang.fromCode(d.getString("lang")),
                            KernelFields.day(d.getString("day")))));
            return List.copyOf(found);
        });
    }
}
