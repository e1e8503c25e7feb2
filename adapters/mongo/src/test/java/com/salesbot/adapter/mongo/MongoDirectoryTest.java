package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoDirectoryTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Directory directory;

    @BeforeEach
    void openStores() {
        directory = new MongoStores(mongo.database()).directory();
    }

    @Test
    void savedPersonIsFoundByIdAndByEachIdentity() {
        Person wang = person("p1", "王小明", "east", "slack:T1/U1", "discord:42");

        directory.save(wang);

        assertThat(directory.byId(new PersonId("p1"))).contains(wang);
        assertThat(directory.byIdentity("slack:T1/U1")).contains(wang);
        assertThat(directory.byIdentity("discord:42")).contains(wang);
        assertThat(directory.byIdentity("slack:T1/U2")).isEmpty();
        assertThat(directory.byId(new PersonId("nobody"))).isEmpty();
    }

    @Test
    void storesLowerCasedNameForLookupsAndLeavesOutEmptyIdentities() {
        directory.save(person("p1", "Alice Chen", "east"));

        Document stored = mongo.database().getCollection("people").find().first();
        assertThat(stored.getString("nameLower")).isEqualTo("alice chen");
        assertThat(stored.getString("role")).isEqualTo("rep");
        assertThat(stored.getString("zone")).isEqualTo("Asia/Shanghai");
        assertThat(stored).doesNotContainKey("identities");
        assertThat(directory.byId(new PersonId("p1"))).map(Person::identities).contains(List.of());
    }

    @Test
    void byNameIgnoresCaseAndStaysInsideTheTeam() {
        Person alice = person("p1", "Alice Chen", "east");
        directory.save(alice);
        directory.save(person("p2", "Alice Chen", "west"));
        directory.save(person("p3", "王小明", "east"));

        assertThat(directory.byName("east", "ALICE chen")).containsExactly(alice);
        assertThat(directory.byName("east", "王小明")).extracting(Person::id).containsExactly(new PersonId("p3"));
        assertThat(directory.byName("east", "Alice")).isEmpty();
    }

    @Test
    void byNameReturnsEveryNamesake() {
        directory.save(person("p1", "Li Wei", "east"));
        directory.save(person("p2", "li wei", "east"));

        assertThat(directory.byName("east", "Li Wei"))
                .extracting(Person::id)
                .containsExactly(new PersonId("p1"), new PersonId("p2"));
    }

    @Test
    void membersListsEveryoneInTheTeam() {
        directory.save(person("p1", "Zed", "east"));
        directory.save(person("p2", "Amy", "east").withRole(Role.MANAGER));
        directory.save(person("p3", "Bob", "west"));

        assertThat(directory.members("east")).extracting(Person::displayName).containsExactly("Amy", "Zed");
        assertThat(directory.members("north")).isEmpty();
    }

    @Test
    void savingAgainReplacesThePerson() {
        directory.save(person("p1", "Alice", "east", "slack:T1/U1"));
        Person moved = person("p1", "Alice", "east", "slack:T1/U1")
                .withTeam("west")
                .withRole(Role.MANAGER)
                .withIdentity("discord:7");

        directory.save(moved);

        assertThat(directory.byIdentity("discord:7")).contains(moved);
        assertThat(directory.members("east")).isEmpty();
        assertThat(mongo.database().getCollection("people").countDocuments()).isEqualTo(1);
    }

    @Test
    void identityCannotBelongToTwoPeople() {
        directory.save(person("p1", "Alice", "east", "slack:T1/U1"));
        directory.save(person("p2", "Bob", "east"));

        assertThatThrownBy(() -> directory.save(person("p2", "Bob", "east", "slack:T1/U2", "slack:T1/U1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.save(person("p3", "Carol", "east", "slack:T1/U1")))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(directory.byIdentity("slack:T1/U1")).map(Person::id).contains(new PersonId("p1"));
        assertThat(directory.byIdentity("slack:T1/U2")).isEmpty();
        assertThat(directory.byId(new PersonId("p3"))).isEmpty();
    }

    @Test
    void identityFreedByOnePersonCanBeTakenByAnother() {
        directory.save(person("p1", "Alice", "east", "slack:T1/U1"));
        directory.save(person("p1", "Alice", "east"));

        directory.save(person("p2", "Bob", "east", "slack:T1/U1"));

        assertThat(directory.byIdentity("slack:T1/U1")).map(Person::id).contains(new PersonId("p2"));
    }

    @Test
    void teamRoundTripsWithExactRates() {
        Team team = new Team(
                "east",
                "华东销售部",
                "CNY",
                Map.of("USD", new BigDecimal("7.1834"), "EUR", new BigDecimal("7.80")),
                SHANGHAI);

        directory.saveTeam(team);

        assertThat(directory.team("east")).contains(team);
        assertThat(directory.team("west")).isEmpty();
        Document rates = mongo.database().getCollection("teams").find().first().get("rates", Document.class);
        assertThat(rates.get("USD")).isEqualTo(new Decimal128(new BigDecimal("7.1834")));
    }

    @Test
    void savingTeamAgainReplacesIt() {
        directory.saveTeam(new Team("east", "East", "USD", Map.of(), SHANGHAI));
        Team renamed = new Team("east", "East Coast", "USD", Map.of("CNY", new BigDecimal("0.14")), SHANGHAI);

        directory.saveTeam(renamed);

        assertThat(directory.team("east")).contains(renamed);
        assertThat(mongo.database().getCollection("teams").countDocuments()).isEqualTo(1);
    }

    private static Person person(String id, String name, String team, String... identities) {
        return new Person(new PersonId(id), name, team, Role.REP, SHANGHAI, Lang.ZH, List.of(identities));
    }
}
