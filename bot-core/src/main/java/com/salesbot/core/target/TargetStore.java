package com.salesbot.core.target;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.List;

/** Port: targets, one per rep, metric and period (setting it again replaces it). */
public interface TargetStore {
    /** Inserts or replaces the rep's target for that metric and period. */
    void set(Target target);

    /** The rep's targets for a metric whose period contains {@code day}. */
    List<Target> covering(PersonId rep, Metric metric, LocalDate day);

    /** The rep's targets for a metric whose period overlaps the given one. */
    List<Target> overlapping(PersonId rep, Metric metric, Period period);
}
