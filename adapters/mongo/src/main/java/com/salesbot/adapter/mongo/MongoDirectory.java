package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;

/** People and teams in the {@code people} and {@code teams} collections. */
final class MongoDirectory implements Directory {
    static final String IDENTITIES = "identities";
    static final String TEAM_ID = "teamId";
    static final String NAME_LOWER = "nameLower";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> people;
    private final MongoCollection<Document> teams;

    MongoDirectory(MongoDatabase database) {
        this.people = database.getCollection(Schema.PEOPLE);
        this.teams = database.getCollection(Schema.TEAMS);
    }

    @Override
    public Optional<Person> byIdentity(String identity) {
        return Guarded.call(
                "people.byIdentity",
                () -> Optional.ofNullable(people.find(eq(IDENTITIES, identity)).first())
                        .map(MongoDirectory::toPerson));
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return Guarded.call(
                "people.byId",
                () -> Optional.ofNullable(people.find(eq("_id", id.value())).first())
                        .map(MongoDirectory::toPerson));
    }

    @Override
    public List<Person> byName(String teamId, String name) {
        return Guarded.call(
                "people.byName",
                () -> people.find(and(eq(TEAM_ID, teamId), eq(NAME_LOWER, lower(name))))
                        .sort(ascending("_id"))
                        .map(MongoDirectory::toPerson)
                        .into(new ArrayList<>()));
    }

    @Override
    public List<Person> members(String teamId) {
        return Guarded.call(
                "people.members",
                () -> people.find(eq(TEAM_ID, teamId))
                        .sort(ascending(NAME_LOWER, "_id"))
                        .map(MongoDirectory::toPerson)
                        .into(new ArrayList<>()));
    }

    /**
     * @throws IllegalArgumentException when one of the person's identities belongs to someone else
     */
    @Override
    public void save(Person person) {
        Guarded.run("people.save", () -> {
            try {
                replace(person);
            } catch (MongoException e) {
                if (!Writes.isDuplicateKey(e)) {
                    throw e;
                }
                if (identityTakenByOther(person)) {
                    throw new IllegalArgumentException(
                            "an identity of person " + person.id() + " belongs to someone else");
                }
                // Two upserts of the same new id raced; the other one inserted, so this one now replaces.
                replace(person);
            }
        });
    }

    @Override
    public Optional<Team> team(String teamId) {
        return Guarded.call(
                "teams.team",
                () -> Optional.ofNullable(teams.find(eq("_id", teamId)).first()).map(MongoDirectory::toTeam));
    }

    @Override
    public List<Team> teams() {
        return Guarded.call(
                "teams.all",
                () -> teams.find()
                        .sort(Sorts.ascending("_id"))
                        .map(MongoDirectory::toTeam)
                        .into(new ArrayList<>()));
    }

    @Override
    public void saveTeam(Team team) {
        Guarded.run("teams.save", () -> teams.replaceOne(eq("_id", team.id()), toDocument(team), UPSERT));
    }

    private void replace(Person person) {
        people.replaceOne(eq("_id", person.id().value()), toDocument(person), UPSERT);
    }

    private boolean identityTakenByOther(Person person) {
        return people.find(and(
                                in(IDENTITIES, person.identities()),
                                ne("_id", person.id().value())))
                        .first()
                != null;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Document toDocument(Person person) {
        Document document = new Document("_id", person.id().value())
                .append("displayName", person.displayName())
                .append(NAME_LOWER, lower(person.displayName()))
                .append(TEAM_ID, person.teamId())
                .append("role", person.role().code())
                .append("zone", person.zone().getId())
                .append("lang", person.lang().code());
        // Left out when empty so the sparse unique index skips it (see Schema).
        if (!person.identities().isEmpty()) {
            document.append(IDENTITIES, person.identities());
        }
        return document;
    }

    private static Person toPerson(Document document) {
        return new Person(
                new PersonId(document.getString("_id")),
                document.getString("displayName"),
                document.getString(TEAM_ID),
                Role.fromCode(document.getString("role")),
                ZoneId.of(document.getString("zone")),
                Lang.fromCode(document.getString("lang")),
                document.getList(IDENTITIES, String.class, List.of()));
    }

    private static Document toDocument(Team team) {
        Document rates = new Document();
        new TreeMap<>(team.rates()).forEach((currency, rate) -> rates.append(currency, KernelFields.decimal(rate)));
        return new Document("_id", team.id())
                .append("name", team.name())
                .append("currency", team.currency())
                .append("rates", rates)
                .append("zone", team.zone().getId());
    }

    private static Team toTeam(Document document) {
        Map<String, BigDecimal> rates = new TreeMap<>();
        document.get("rates", new Document())
                .forEach((currency, rate) -> rates.put(currency, KernelFields.bigDecimal(rate)));
        return new Team(
                document.getString("_id"),
                document.getString("name"),
                document.getString("currency"),
                rates,
                ZoneId.of(document.getString("zone")));
    }
}
