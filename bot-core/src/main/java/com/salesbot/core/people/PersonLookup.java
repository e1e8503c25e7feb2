package com.salesbot.core.people;

import java.util.List;
import java.util.Optional;

/** Turns a {@code persons} entity (a platform user id or a name as written) into a known person. */
public final class PersonLookup {
    private final Directory directory;

    public PersonLookup(Directory directory) {
        this.directory = directory;
    }

    /**
     * Finds the person a mention or name refers to, seen from {@code asker}: first as a user id on the
     * asker's own platform and workspace, then by display name within the asker's team.
     */
    public Optional<Person> find(String mentionOrName, Person asker) {
        String cleaned = mentionOrName.trim().replaceFirst("^@", "");
        for (String identity : asker.identities()) {
            int slash = identity.lastIndexOf('/');
            int colon = identity.indexOf(':');
            String prefix = slash >= 0 ? identity.substring(0, slash + 1) : identity.substring(0, colon + 1);
            Optional<Person> byId = directory.byIdentity(prefix + cleaned);
            if (byId.isPresent()) {
                return byId;
            }
        }
        List<Person> named = directory.byName(asker.teamId(), cleaned);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
