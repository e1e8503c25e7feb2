package com.salesbot.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSuggestionsTest {
    private final TestWorld world = TestWorld.create();
    private final List<String> asked = new ArrayList<>();
    private final CustomerNames names = (teamId, typed, limit) -> {
        asked.add(teamId + "|" + typed + "|" + limit);
        return List.of("Acme Corp");
    };
    private final CustomerSuggestions suggestions = new CustomerSuggestions(world.directory(), names);

    @Test
    void aKnownPersonGetsTheirOwnTeamsNamesForWhatTheyTyped() {
        List<String> found = suggestions.suggest(TestWorld.identityOf("alice"), "  ac ");

        assertThat(found).containsExactly("Acme Corp");
        assertThat(asked).containsExactly("west|ac|25");
    }

    @Test
    void aStrangerGetsNoSuggestionsSoNamesDoNotLeakAcrossTeams() {
        assertThat(suggestions.suggest("discord:999", "ac")).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void nothingTypedYetAsksForEveryName() {
        suggestions.suggest(TestWorld.identityOf("bob"), null);

        assertThat(asked).containsExactly("west||25");
    }
}
