package com.salesbot.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.InMemoryDirectory;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachedDirectoryTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    // The database as every instance sees it; writing to it directly is "another instance changed it".
    private final InMemoryDirectory database = new InMemoryDirectory();
    private final AtomicLong nanos = new AtomicLong();
    private final CachedDirectory directory = new CachedDirectory(database, Duration.ofSeconds(2), nanos::get);

    @BeforeEach
    void aTeamWithOneRep() {
        database.saveTeam(new Team("west", "West", "USD", Map.of(), SHANGHAI));
        database.save(person("alice", Role.REP, "slack:T1/U1"));
    }

    @Test
    void aPromotionMadeThroughThisInstanceCountsAtOnce() {
        assertThat(directory.byIdentity("slack:T1/U1")).map(Person::role).contains(Role.REP);

        directory.save(person("alice", Role.MANAGER, "slack:T1/U1"));

        assertThat(directory.byIdentity("slack:T1/U1")).map(Person::role).contains(Role.MANAGER);
        assertThat(directory.byId(new PersonId("alice"))).map(Person::role).contains(Role.MANAGER);
    }

    @Test
    void aDemotionMadeOnAnotherInstanceCountsOnceTheTimeToLiveHasPassed() {
        assertThat(directory.byIdentity("slack:T1/U1")).map(Person::role).contains(Role.REP);
        database.save(person("alice", Role.ADMIN, "slack:T1/U1"));

        nanos.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertThat(directory.byIdentity("slack:T1/U1")).map(Person::role).contains(Role.REP);

        nanos.addAndGet(Duration.ofMillis(2).toNanos());
        assertThat(directory.byIdentity("slack:T1/U1")).map(Person::role).contains(Role.ADMIN);
    }

    @Test
    void someoneAddedOnAnotherInstanceIsKnownAtOnce() {
        assertThat(directory.byIdentity("slack:T1/U2")).isEmpty();

        database.save(person("bob", Role.REP, "slack:T1/U2"));

        assertThat(directory.byIdentity("slack:T1/U2")).map(Person::id).contains(new PersonId("bob"));
    }

    @Test
    void aNewTeamMemberShowsInTheTeamAfterAWriteHere() {
        assertThat(directory.members("west")).extracting(Person::id).containsExactly(new PersonId("alice"));

        directory.save(person("carol", Role.REP, "slack:T1/U3"));

        assertThat(directory.members("west"))
                .extracting(Person::id)
                .containsExactlyInAnyOrder(new PersonId("alice"), new PersonId("carol"));
    }

    @Test
    void aTeamRenamedElsewhereKeepsItsOldNameOnlyUntilTheTimeToLiveEnds() {
        assertThat(directory.team("west")).map(Team::name).contains("West");
        database.saveTeam(new Team("west", "West Coast", "USD", Map.of(), SHANGHAI));

        assertThat(directory.team("west")).map(Team::name).contains("West");
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(directory.team("west")).map(Team::name).contains("West Coast");
    }

    private static Person person(String id, Role role, String identity) {
        return new Person(new PersonId(id), id, "west", role, SHANGHAI, Lang.EN, List.of(identity));
    }
}
