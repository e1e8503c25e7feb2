package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.salesbot.core.away.Absence;
import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Absences in {@code absences}, one document per absence with its id as {@code _id} (so saving the
 * same absence twice, as a redelivered message would, leaves one document). Days are "YYYY-MM-DD"
 * strings, which range-compare correctly.
 */
final class MongoAbsenceStore implements AbsenceStore {
    static final String PERSON = "person";
    static final String END = "end";

    private final MongoCollection<Document> absences;

    MongoAbsenceStore(MongoDatabase database) {
        this.absences = database.getCollection(Schema.ABSENCES);
    }

    @Override
    public void save(Absence absence) {
        Guarded.run(
                "absences.save",
                () -> absences.replaceOne(
                        eq("_id", absence.id()), toDocument(absence), new ReplaceOptions().upsert(true)));
    }

    @Override
    public List<Absence> endingOnOrAfter(PersonId person, LocalDate day) {
        return Guarded.call("absences.endingOnOrAfter", () -> {
            List<Absence> found = new ArrayList<>();
            absences.find(and(eq(PERSON, person.value()), gte(END, KernelFields.day(day))))
                    .sort(Sorts.ascending("start"))
                    .forEach(d -> found.add(fromDocument(d)));
            return found;
        });
    }

    @Override
    public boolean remove(String id) {
        return Guarded.call(
                "absences.remove", () -> absences.deleteOne(eq("_id", id)).getDeletedCount() == 1);
    }

    private static Document toDocument(Absence absence) {
        return new Document("_id", absence.id())
                .append(PERSON, absence.person().value())
                .append("teamId", absence.teamId())
                .append("start", KernelFields.day(absence.days().start()))
                .append(END, KernelFields.day(absence.days().end()))
                .append(KernelFields.SOURCE, KernelFields.source(absence.source()));
    }

    private static Absence fromDocument(Document d) {
        return new Absence(
                d.getString("_id"),
                new PersonId(d.getString(PERSON)),
                d.getString("teamId"),
                new Period(KernelFields.day(d.getString("start")), KernelFields.day(d.getString(END))),
                KernelFields.source(d));
    }
}
