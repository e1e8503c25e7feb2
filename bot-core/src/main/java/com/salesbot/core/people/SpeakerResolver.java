package com.salesbot.core.people;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import java.util.List;
import java.util.Optional;

/** Finds the person behind a message, registering newcomers as reps when the workspace is open. */
public final class SpeakerResolver {
    private final Directory directory;
    private final OnboardingPolicy policy;

    public SpeakerResolver(Directory directory, OnboardingPolicy policy) {
        this.directory = directory;
        this.policy = policy;
    }

    /**
     * The sender as a person, or empty when the workspace is closed to newcomers.
     *
     * @param identity the sender's platform identity, e.g. {@code slack:T0123/U0456}
     * @param displayName the name a newcomer is registered under
     */
    public Optional<Person> resolve(String identity, String displayName, Lang lang) {
        Optional<Person> known = directory.byIdentity(identity);
        if (known.isPresent() || !policy.open()) {
            return known;
        }
        // The id derives from the identity, so two concurrent first messages register one person.
        Person newcomer = new Person(
                new PersonId(identity),
                displayName,
                policy.defaultTeamId(),
                Role.REP,
                policy.defaultZone(),
                lang,
                List.of(identity));
        directory.save(newcomer);
        return Optional.of(newcomer);
    }
}
