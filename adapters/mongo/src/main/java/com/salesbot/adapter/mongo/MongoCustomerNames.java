package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoDatabase;
import com.salesbot.core.customer.CustomerNames;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;

/** Customer names from the {@code visits} and {@code sales} collections, for suggestions while typing. */
final class MongoCustomerNames implements CustomerNames {
    private final MongoDatabase database;

    MongoCustomerNames(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public List<String> matching(String teamId, String typed, int limit) {
        // Quoted: what someone types is a name, never a pattern; "i" matches Acme for "acme".
        Bson filter = typed.isEmpty()
                ? eq("teamId", teamId)
                : and(eq("teamId", teamId), regex("customer", Pattern.quote(typed), "i"));
        return Guarded.call("customerNames", () -> {
            TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (String collection : List.of(Schema.VISITS, Schema.SALES)) {
                database.getCollection(collection)
                        .distinct("customer", filter, String.class)
                        .into(names);
            }
            return names.stream().limit(limit).toList();
        });
    }
}
