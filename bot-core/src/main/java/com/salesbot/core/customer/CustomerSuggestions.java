package com.salesbot.core.customer;

import com.salesbot.core.people.Directory;
import java.util.List;
import java.util.Objects;

/**
 * Suggests customer names while someone types one, from their own team's records only: a stranger (an
 * identity the directory does not know) gets no suggestions, so names never leak across teams.
 */
public final class CustomerSuggestions {
    /** Discord shows at most 25 suggestions; Slack's external selects take 100. */
    public static final int MAX = 25;

    private final Directory directory;
    private final CustomerNames names;

    public CustomerSuggestions(Directory directory, CustomerNames names) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.names = Objects.requireNonNull(names, "names");
    }

    /** Up to {@link #MAX} names for the person behind {@code identity} who has typed {@code typed}. */
    public List<String> suggest(String identity, String typed) {
        String cleaned = typed == null ? "" : typed.strip();
        return directory
                .byIdentity(identity)
                .map(person -> names.matching(person.teamId(), cleaned, MAX))
                .orElse(List.of());
    }
}
