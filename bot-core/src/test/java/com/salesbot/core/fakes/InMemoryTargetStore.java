package com.salesbot.core.fakes;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link TargetStore} in memory: one target per rep, metric and period; setting it again replaces it. */
public final class InMemoryTargetStore implements TargetStore {
    private record Key(PersonId rep, Metric metric, Period period) {}

    private final Map<Key, Target> targets = new LinkedHashMap<>();
    private final DatabaseSwitch database;

    public InMemoryTargetStore() {
        this(new DatabaseSwitch());
    }

    public InMemoryTargetStore(DatabaseSwitch database) {
        this.database = database;
    }

    public DatabaseSwitch database() {
        return database;
    }

    @Override
    public synchronized void set(Target target) {
        database.check();
        targets.put(new Key(target.rep(), target.metric(), target.period()), target);
    }

    @Override
    public synchronized List<Target> covering(PersonId rep, Metric metric, LocalDate day) {
        database.check();
        return targets.values().stream()
                .filter(t -> t.rep().equals(rep)
                        && t.metric() == metric
                        && t.period().contains(day))
                .toList();
    }

    @Override
    public synchronized List<Target> overlapping(PersonId rep, Metric metric, Period period) {
        database.check();
        return targets.values().stream()
                .filter(t -> t.rep().equals(rep) && t.metric() == metric && overlap(t.period(), period))
                .toList();
    }

    /** Test view, works while the database is down: every target currently set. */
    public synchronized List<Target> all() {
        return List.copyOf(targets.values());
    }

    private static boolean overlap(Period a, Period b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }
}
