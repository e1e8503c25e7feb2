package com.salesbot.core.people;

import com.salesbot.core.kernel.Role;
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

    /** Whose numbers a "my …" question is about: the asker, or the first person it names. */
    public sealed interface Subject {
        /** The asker may see this person's numbers (themselves included). */
        record Found(Person person) implements Subject {}

        /** The named person is nobody the asker's team knows. */
        record Unknown(String name) implements Subject {}

        /** The named person is someone else, and the asker is neither their manager nor an admin. */
        record NotAllowed() implements Subject {}
    }

    /**
     * The subject of a question about numbers: the asker when {@code named} is empty, else the first named
     * person, who must be the asker, a member of the asking manager's team, or anyone for an admin.
     */
    public Subject subject(List<String> named, Person asker) {
        if (named.isEmpty()) {
            return new Subject.Found(asker);
        }
        Optional<Person> other = find(named.get(0), asker);
        if (other.isEmpty()) {
            return new Subject.Unknown(named.get(0));
        }
        if (!other.get().id().equals(asker.id()) && !mayView(asker, other.get())) {
            return new Subject.NotAllowed();
        }
        return new Subject.Found(other.get());
    }

    private static boolean mayView(Person viewer, Person subject) {
        return viewer.role() == Role.ADMIN
                || (viewer.role() == Role.MANAGER && viewer.teamId().equals(subject.teamId()));
    }
}
