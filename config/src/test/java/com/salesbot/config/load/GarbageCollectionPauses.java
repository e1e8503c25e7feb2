package com.salesbot.config.load;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collections of a run, from the JVM's own notifications: a pause stops every worker at
 * once, so the longest ones show up directly in the reply latency's tail.
 */
final class GarbageCollectionPauses implements AutoCloseable, NotificationListener {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final List<Long> pauses = new ArrayList<>();
    private final long startUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    private long concurrentMillis;

    private GarbageCollectionPauses() {}

    /** Starts listening; close to stop. */
    static GarbageCollectionPauses record() {
        GarbageCollectionPauses recording = new GarbageCollectionPauses();
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(recording, null, null);
                recording.emitters.add(emitter);
            }
        }
        return recording;
    }

    @Override
    public synchronized void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // G1's and ZGC's concurrent cycles are reported as collections too, but stop nobody.
        if (info.getGcName().contains("Concurrent") || info.getGcName().contains("Cycles")) {
            concurrentMillis += info.getGcInfo().getDuration();
        } else {
            pauses.add(info.getGcInfo().getDuration());
        }
    }

    /** One line for the report: pauses, their total and the longest, and the JVM options that shape them. */
    synchronized String summary(double seconds) {
        long total = pauses.stream().mapToLong(Long::longValue).sum();
        long longest = pauses.stream().mapToLong(Long::longValue).max().orElse(0);
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        String options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xm") || a.startsWith("-Xs"))
                .collect(Collectors.joining(" "));
        return String.format(
                Locale.ROOT,
                "garbage collection (%s) from JVM uptime %.1f s: %d pauses in %.0f s, %d ms in all (%.1f%% of the "
                        + "time), longest %d ms%s; JVM options: %s",
                collectors,
                startUptimeMillis / 1000.0,
                pauses.size(),
                seconds,
                total,
                100.0 * total / (seconds * 1000),
                longest,
                // G1 on Java 17 reports no concurrent cycles here (its marking shows only in -Xlog:gc).
                concurrentMillis == 0 ? "" : ", concurrent cycles " + concurrentMillis + " ms",
                options.isEmpty() ? "none" : options);
    }

    @Override
    public void close() throws Exception {
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(this);
        }
    }
}
