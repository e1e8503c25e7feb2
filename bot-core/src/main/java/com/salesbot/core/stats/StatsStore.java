package com.salesbot.core.stats;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.util.Map;

/**
 * Port: per-rep totals over a period. The database adapter reads them from aggregates it updates on
 * every write and undo, so the cost grows with reps × days, never with the number of records.
 */
public interface StatsStore {
    /** Totals per person of a team over the period (records filed under that team); people with nothing are absent. */
    Map<PersonId, Tally> byRep(String teamId, Period period);

    /** One person's totals over the period, whatever team the records were filed under. */
    Tally forRep(PersonId rep, Period period);

    /**
     * Totals per person of a team over the period, counting only records about one customer (name compared
     * ignoring case and spacing). Read from the team's raw records in the period, a bounded query.
     */
    Map<PersonId, Tally> byRepForCustomer(String teamId, String customer, Period period);

    /** False when kudos are not counted (a store without recognitions). */
    default boolean countsKudos() {
        return true;
    }
}
