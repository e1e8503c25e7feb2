package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.pull;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.report.DigestThread;
import com.salesbot.core.report.DigestThreadStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Digest threads in {@code digest_threads}, one document per team and day ({@code _id} {@code west/2026-11-27}),
 * with {@code reps}: whose line is in the thread. Claiming a line is one conditional {@code $addToSet}, so
 * of two instances adding the same late report only one sees its update modify the document.
 */
final class MongoDigestThreadStore implements DigestThreadStore {
    private static final String REPS = "reps";

    private final MongoCollection<Document> threads;

    MongoDigestThreadStore(MongoDatabase database) {
        this.threads = database.getCollection(Schema.DIGEST_THREADS);
    }

    @Override
    public boolean open(DigestThread thread) {
        Document document = new Document("_id", id(thread.teamId(), thread.day()))
                .append("teamId", thread.teamId())
                .append("day", thread.day().toString())
                .append("platform", thread.platform())
                .append("workspace", thread.workspace())
                .append("channel", thread.channel())
                .append("threadId", thread.threadId())
                .append("lang", thread.lang().name())
                .append(REPS, List.of());
        return Guarded.call("digest_threads.open", () -> Writes.insertOnce(threads, document));
    }

    @Override
    public Optional<DigestThread> find(String teamId, LocalDate day) {
        return Guarded.call(
                "digest_threads.find",
                () -> Optional.ofNullable(
                                threads.find(eq("_id", id(teamId, day))).first())
                        .map(MongoDigestThreadStore::toThread));
    }

    @Override
    public boolean claimLine(String teamId, LocalDate day, PersonId rep) {
        return Guarded.call(
                "digest_threads.claimLine",
                () -> threads.updateOne(
                                        and(eq("_id", id(teamId, day)), ne(REPS, rep.value())),
                                        addToSet(REPS, rep.value()))
                                .getModifiedCount()
                        == 1);
    }

    @Override
    public void releaseLine(String teamId, LocalDate day, PersonId rep) {
        Guarded.run(
                "digest_threads.releaseLine",
                () -> threads.updateOne(eq("_id", id(teamId, day)), pull(REPS, rep.value())));
    }

    private static String id(String teamId, LocalDate day) {
        return teamId + "/" + day;
    }

    private static DigestThread toThread(Document d) {
        return new DigestThread(
                d.getString("teamId"),
                LocalDate.parse(d.getString("day")),
                d.getString("platform"),
                d.getString("workspace"),
                d.getString("channel"),
                d.getString("threadId"),
                Lang.valueOf(d.getString("lang")));
    }
}
