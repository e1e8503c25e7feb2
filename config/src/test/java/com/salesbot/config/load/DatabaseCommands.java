package com.salesbot.config.load;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The database round trips of a run, by command, from the driver's own timers ({@code salesbot.db.command}). */
final class DatabaseCommands {
    private DatabaseCommands() {}

    /** Commands sent so far, by command name. */
    static Map<String, Long> count(MeterRegistry meters) {
        Map<String, Long> counts = new TreeMap<>();
        for (Timer timer : meters.find("salesbot.db.command").timers()) {
            counts.merge(timer.getId().getTag("command"), timer.count(), Long::sum);
        }
        return counts;
    }

    /** The commands sent between two counts. */
    static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> sent = new TreeMap<>();
        after.forEach((command, n) -> {
            long d = n - before.getOrDefault(command, 0L);
            if (d > 0) {
                sent.put(command, d);
            }
        });
        return sent;
    }

    /** "5.73 (find 1.62, insert 2.00, update 2.11)". */
    static String perMessage(Map<String, Long> sent, long messages) {
        if (messages == 0) {
            return "no messages";
        }
        StringBuilder parts = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> e : sent.entrySet()) {
            total += e.getValue();
            parts.append(parts.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / (double) messages));
        }
        return String.format(Locale.ROOT, "%.2f (%s)", total / (double) messages, parts);
    }
}
