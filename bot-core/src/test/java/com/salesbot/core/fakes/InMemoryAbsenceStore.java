package com.salesbot.core.fakes;

import com.salesbot.core.away.Absence;
import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link AbsenceStore} in memory, keyed by absence id. */
public final class InMemoryAbsenceStore implements AbsenceStore {
    private final Map<String, Absence> absences = new LinkedHashMap<>();
    private final DatabaseSwitch database;

    public InMemoryAbsenceStore(DatabaseSwitch database) {
        this.database = database;
    }

    @Override
    public synchronized void save(Absence absence) {
        database.check();
        absences.put(absence.id(), absence);
    }

    @Override
    public synchronized List<Absence> endingOnOrAfter(PersonId person, LocalDate day) {
        database.check();
        return new ArrayList<>(absences.values())
                .stream()
                        .filter(a ->
                                a.person().equals(person) && !a.days().end().isBefore(day))
                        .sorted(Comparator.comparing(a -> a.days().start()))
                        .toList();
    }

    @Override
    public synchronized boolean remove(String id) {
        database.check();
        return absences.remove(id) != null;
    }

    /** Test view: every stored absence. */
    public synchronized List<Absence> all() {
        return List.copyOf(absences.values());
    }
}
