package com.salesbot.adapter.slack.chat;

import com.salesbot.adapter.slack.webapi.SlackProfiles;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.SpeakerResolver;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first message from a Slack user the directory does not know: users.info gives their name, time
 * zone and locale, which are stored on the person registered for them. Afterwards the directory (and
 * a cache in front of it) answers, so users.info is called once per person.
 */
final class FirstContact {
    private final Directory directory;
    private final SpeakerResolver resolver;
    private final SlackProfiles profiles;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    FirstContact(Directory directory, SpeakerResolver resolver, SlackProfiles profiles) {
        this.directory = directory;
        this.resolver = resolver;
        this.profiles = profiles;
    }

    /**
     * The sender's display name, registering them with their Slack profile on first contact; null when
     * Slack could not say, in which case the core registers them under their user id.
     */
    String introduce(Origin origin, Lang written) {
        String identity = origin.identity();
        String cached = known.get(identity);
        if (cached != null) {
            return cached;
        }
        Optional<Person> person = directory.byIdentity(identity);
        if (person.isPresent()) {
            known.put(identity, person.get().displayName());
            return person.get().displayName();
        }
        Optional<SlackProfiles.Profile> profile = profiles.lookup(origin.user());
        if (profile.isEmpty()) {
            return null;
        }
        SlackProfiles.Profile p = profile.get();
        Lang lang = p.locale() == null ? written : Lang.fromCode(p.locale());
        // Registers the newcomer when the workspace is open; a closed one leaves them unknown.
        resolver.resolve(identity, p.name(), lang).ifPresent(newcomer -> {
            directory.save(new Person(
                    newcomer.id(),
                    p.name(),
                    newcomer.teamId(),
                    newcomer.role(),
                    p.zone() == null ? newcomer.zone() : p.zone(),
                    lang,
                    newcomer.identities()));
            known.put(identity, p.name());
        });
        return p.name();
    }
}
