package com.salesbot.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import org.junit.jupiter.api.Test;

class PersonLookupTest {
    private final TestWorld world = TestWorld.create();
    private final PersonLookup lookup = new PersonLookup(world.directory());

    @Test
    void findsAMentionOnTheAskersOwnWorkspace() {
        assertThat(lookup.find("UBOB", world.alice())).contains(world.bob());
        assertThat(lookup.find("@UBOB", world.alice())).contains(world.bob());
    }

    @Test
    void findsANameInTheAskersTeamIgnoringCase() {
        assertThat(lookup.find(" bob ", world.carol())).contains(world.bob());
        assertThat(lookup.find("CAROL", world.alice())).contains(world.carol());
    }

    @Test
    void nameOutsideTheTeamOrSharedByTwoIsNotGuessed() {
        world.addTeam("east", "East", "USD");
        world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);
        world.addPerson("bob2", "Bob", Role.REP);

        assertThat(lookup.find("Erin", world.alice())).isEmpty();
        assertThat(lookup.find("Bob", world.alice())).isEmpty();
        assertThat(lookup.find("Nobody", world.alice())).isEmpty();
    }
}
