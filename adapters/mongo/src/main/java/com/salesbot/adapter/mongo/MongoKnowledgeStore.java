package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.knowledge.KnowledgeEntry;
import com.salesbot.core.knowledge.KnowledgeStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Knowledge entries in the {@code knowledge} collection, one document per entry under its id. */
final class MongoKnowledgeStore implements KnowledgeStore {
    private final MongoCollection<Document> entries;

    MongoKnowledgeStore(MongoDatabase database) {
        this.entries = database.getCollection(Schema.KNOWLEDGE);
    }

    @Override
    public void save(KnowledgeEntry entry) {
        Guarded.run(
                "knowledge.save",
                () -> entries.replaceOne(eq("_id", entry.id()), toDocument(entry), new ReplaceOptions().upsert(true)));
    }

    @Override
    public Optional<KnowledgeEntry> find(String id) {
        return Guarded.call(
                "knowledge.find",
                () -> Optional.ofNullable(entries.find(eq("_id", id)).first()).map(MongoKnowledgeStore::fromDocument));
    }

    @Override
    public boolean remove(String id) {
        return Guarded.call(
                "knowledge.remove", () -> entries.deleteOne(eq("_id", id)).getDeletedCount() > 0);
    }

    @Override
    public List<KnowledgeEntry> all() {
        return Guarded.call("knowledge.all", () -> {
            List<KnowledgeEntry> all = new ArrayList<>();
            entries.find().forEach(d -> all.add(fromDocument(d)));
            return List.copyOf(all);
        });
    }

    private static Document toDocument(KnowledgeEntry entry) {
        return new Document("_id", entry.id())
                .append("teamId", entry.teamId())
                .append("title", entry.title())
                .append("body", entry.body())
                .append("tags", entry.tags())
                .append("lang", entry.lang().code())
                .append("author", entry.author())
                .append("origin", entry.origin());
    }

    private static KnowledgeEntry fromDocument(Document d) {
        return new KnowledgeEntry(
                d.getString("_id"),
                d.getString("teamId"),
                d.getString("title"),
                d.getString("body"),
                d.getList("tags", String.class, List.of()),
                Lang.fromCode(d.getString("lang")),
                d.getString("author"),
                d.getString("origin"));
    }
}
