package com.salesbot.core.fakes;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.report.DigestThread;
import com.salesbot.core.report.DigestThreadStore;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link DigestThreadStore} in memory: one thread per team and day, with the reps whose line is in it. */
public final class InMemoryDigestThreads implements DigestThreadStore {
    private final Map<String, DigestThread> threads = new HashMap<>();
    private final Map<String, Set<PersonId>> lines = new HashMap<>();
    private final DatabaseSwitch database;

    public InMemoryDigestThreads(DatabaseSwitch database) {
        this.database = database;
    }

    @Override
    public synchronized boolean open(DigestThread thread) {
        database.check();
        return threads.putIfAbsent(key(thread.teamId(), thread.day()), thread) == null;
    }

    @Override
    public synchronized Optional<DigestThread> find(String teamId, LocalDate day) {
        database.check();
        return Optional.ofNullable(threads.get(key(teamId, day)));
    }

    @Override
    public synchronized boolean claimLine(String teamId, LocalDate day, PersonId rep) {
        database.check();
        String key = key(teamId, day);
        return threads.containsKey(key)
                && lines.computeIfAbsent(key, k -> new HashSet<>()).add(rep);
    }

    @Override
    public synchronized void releaseLine(String teamId, LocalDate day, PersonId rep) {
        database.check();
        lines.getOrDefault(key(teamId, day), new HashSet<>()).remove(rep);
    }

    private static String key(String teamId, LocalDate day) {
        return teamId + "/" + day;
    }
}
