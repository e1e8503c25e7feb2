package com.salesbot.adapter.mongo;

import com.salesbot.core.kernel.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How the stats aggregates are keyed. Each person and each team has one bucket per day and one per
 * month; a period is covered by its whole months plus the loose days at either end, so a quarter
 * reads 3 month buckets and a year at most 12 plus up to about 60 day buckets. Buckets are found by
 * {@code _id}, the one index the embedded server really uses.
 */
final class StatsBuckets {
    static final String DAY = "d";
    static final String MONTH = "m";

    private StatsBuckets() {}

    /** The bucket keys ("d|2026-11-27", "m|2026-11") that together cover the period exactly once. */
    static List<String> cover(Period period) {
        List<String> keys = new ArrayList<>();
        LocalDate day = period.start();
        while (!day.isAfter(period.end())) {
            YearMonth month = YearMonth.from(day);
            if (day.getDayOfMonth() == 1 && !month.atEndOfMonth().isAfter(period.end())) {
                keys.add(monthKey(month));
                day = month.plusMonths(1).atDay(1);
            } else {
                keys.add(dayKey(day));
                day = day.plusDays(1);
            }
        }
        return keys;
    }

    static String dayKey(LocalDate day) {
        return DAY + "|" + day;
    }

    static String monthKey(YearMonth month) {
        return MONTH + "|" + month;
    }

    /** The day and month bucket keys a record dated {@code day} counts in. */
    static List<String> keysOf(LocalDate day) {
        return List.of(dayKey(day), monthKey(YearMonth.from(day)));
    }

    /**
     * How many documents a team's bucket is split into. Every write rewrites its whole bucket document
     * (the embedded server clones, re-encodes and compares it under the collection's lock), so one
     * document holding every rep of the team made each write cost as much as the team is large.
     */
    static final int TEAM_SLICES = 16;

    /** The document id of a person's bucket ("r|alice|m|2026-11"). */
    static String repId(String personId, String key) {
        return "r|" + personId + "|" + key;
    }

    /** The document id of a team's bucket slice that holds {@code personId}'s counters ("t|west|m|2026-11|7"). */
    static String teamId(String teamId, String key, String personId) {
        return slice(teamId, key, Math.floorMod(personId.hashCode(), TEAM_SLICES));
    }

    /** Every slice of a team's bucket. */
    static List<String> teamIds(String teamId, String key) {
        List<String> ids = new ArrayList<>(TEAM_SLICES);
        for (int slice = 0; slice < TEAM_SLICES; slice++) {
            ids.add(slice(teamId, key, slice));
        }
        return ids;
    }

    private static String slice(String teamId, String key, int slice) {
        return "t|" + teamId + "|" + key + "|" + slice;
    }

    /**
     * A person id made safe as the first part of a field name: MongoDB reads dots as paths and a leading
     * dollar as an operator, and a bar separates the person from the counter, so those (and the escape
     * character itself) are percent-encoded.
     */
    static String field(String personId) {
        return personId.replace("%", "%25")
                .replace(".", "%2E")
                .replace("$", "%24")
                .replace("|", "%7C");
    }

    /** The person id a field name stands for. */
    static String personOf(String field) {
        return field.replace("%7C", "|").replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
