package com.salesbot.core.target;

import com.salesbot.core.kernel.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Where a rep stands against a target on a given day: attained share, the pace (what an even
 * spread over the period would have reached by today) and the gap still to close.
 */
public record Progress(BigDecimal target, BigDecimal achieved, Period period, LocalDate today) {

    /** Achieved as a whole percentage of the target, rounded half up. */
    public int percent() {
        return achieved.multiply(BigDecimal.valueOf(100))
                .divide(target, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    /** Achieved over target, for a progress bar. */
    public double ratio() {
        return achieved.divide(target, 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** What an even pace would have reached by the end of today. */
    public BigDecimal expectedByToday() {
        return target.multiply(BigDecimal.valueOf(period.daysElapsed(today)))
                .divide(BigDecimal.valueOf(period.lengthInDays()), 2, RoundingMode.HALF_UP);
    }

    /** What is still missing to reach the target; zero once reached. */
    public BigDecimal gap() {
        return target.subtract(achieved).max(BigDecimal.ZERO);
    }

    /** True when achieved is at or above the even pace. */
    public boolean onPace() {
        return achieved.compareTo(expectedByToday()) >= 0;
    }
}
