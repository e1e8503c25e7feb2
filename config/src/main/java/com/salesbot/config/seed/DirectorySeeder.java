package com.salesbot.config.seed;

import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Writes the teams and people of application.yml into the directory at start-up. The seed wins for
 * what it states (team, role, zone, language); people it does not list are left alone.
 */
@Component
public class DirectorySeeder implements ApplicationRunner {
    private final SalesbotProperties properties;
    private final Directory directory;
    private final ZoneId defaultZone;

    public DirectorySeeder(SalesbotProperties properties, Directory directory, ZoneId defaultZone) {
        this.properties = properties;
        this.directory = directory;
        this.defaultZone = defaultZone;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Writes the seed; safe to run on every start. */
    public void seed() {
        for (SalesbotProperties.TeamSeed t : properties.teams()) {
            directory.saveTeam(new Team(
                    t.id(),
                    t.name() == null ? t.id() : t.name(),
                    t.currency() == null ? "USD" : t.currency(),
                    t.rates(),
                    t.zone() == null ? defaultZone : ZoneId.of(t.zone())));
        }
        String defaultTeam = properties.workspace().defaultTeam();
        if (directory.team(defaultTeam).isEmpty()) {
            directory.saveTeam(new Team(defaultTeam, defaultTeam, "USD", Map.of(), defaultZone));
        }
        for (SalesbotProperties.PersonSeed p : properties.people()) {
            if (p.identities().isEmpty()) {
                throw new IllegalStateException("seeded person '" + p.name() + "' needs at least one identity");
            }
            Optional<Person> existing = p.identities().stream()
                    .map(directory::byIdentity)
                    .flatMap(Optional::stream)
                    .findFirst();
            Person person = existing.orElseGet(() -> new Person(
                    new PersonId(p.identities().get(0)),
                    p.name(),
                    defaultTeam,
                    Role.REP,
                    defaultZone,
                    Lang.EN,
                    p.identities()));
            for (String identity : p.identities()) {
                person = person.withIdentity(identity);
            }
            directory.save(new Person(
                    person.id(),
                    p.name() == null ? person.displayName() : p.name(),
                    p.team() == null ? person.teamId() : p.team(),
                    p.role() == null ? person.role() : Role.fromCode(p.role()),
                    p.zone() == null ? person.zone() : ZoneId.of(p.zone()),
                    p.lang() == null ? person.lang() : Lang.fromCode(p.lang()),
                    person.identities()));
        }
    }
}
