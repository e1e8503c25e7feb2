package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Targets in the {@code targets} collection. The id is built from rep, metric and period, so setting a
 * target again replaces it without a read-then-write race.
 */
final class MongoTargetStore implements TargetStore {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> targets;

    MongoTargetStore(MongoDatabase database) {
        this.targets = database.getCollection(Schema.TARGETS);
    }

    @Override
    public void set(Target target) {
        Guarded.run("targets.set", () -> {
            Bson sameSlot = eq("_id", idOf(target));
            Document document = toDocument(target);
            try {
                targets.replaceOne(sameSlot, document, UPSERT);
            } catch (MongoException e) {
                if (!Writes.isDuplicateKey(e)) {
                    throw e;
                }
                // Two upserts of a new slot raced and the other inserted first; replace what it wrote.
                targets.replaceOne(sameSlot, document, UPSERT);
            }
        });
    }

    @Override
    public List<Target> covering(PersonId rep, Metric metric, LocalDate day) {
        String date = KernelFields.day(day);
        return Guarded.call("targets.covering", () -> find(rep, metric, and(lte("start", date), gte("end", date))));
    }

    @Override
    public List<Target> overlapping(PersonId rep, Metric metric, Period period) {
        return Guarded.call(
                "targets.overlapping",
                () -> find(
                        rep,
                        metric,
                        and(
                                lte("start", KernelFields.day(period.end())),
                                gte("end", KernelFields.day(period.start())))));
    }

    /** "rep|metric|start|end": the last three parts never contain '|', so the id is unambiguous. */
    static String idOf(Target target) {
        return String.join(
                "|",
                target.rep().value(),
                target.metric().code(),
                KernelFields.day(target.period().start()),
                KernelFields.day(target.period().end()));
    }

    private List<Target> find(PersonId rep, Metric metric, Bson when) {
        return targets.find(and(eq("rep", rep.value()), eq("metric", metric.code()), when))
                .sort(ascending("start", "end"))
                .map(MongoTargetStore::toTarget)
                .into(new ArrayList<>());
    }

    private static Document toDocument(Target target) {
        return new Document("_id", idOf(target))
                .append("rep", target.rep().value())
                .append("teamId", target.teamId())
                .append("metric", target.metric().code())
                .append("start", KernelFields.day(target.period().start()))
                .append("end", KernelFields.day(target.period().end()))
                .append("amount", KernelFields.decimal(target.amount()))
                .append(KernelFields.SOURCE, KernelFields.source(target.source()));
    }

    private static Target toTarget(Document document) {
        return new Target(
                new PersonId(document.getString("rep")),
                document.getString("teamId"),
                Metric.fromCode(document.getString("metric")).orElseThrow(),
                new Period(KernelFields.day(document.getString("start")), KernelFields.day(document.getString("end"))),
                KernelFields.bigDecimal(document.get("amount")),
                KernelFields.source(document));
    }
}
