package com.salesbot.core.stats;

import com.salesbot.core.kernel.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A comparison a stats question asks for. The NLU has no entity for it, so it is read from the words:
 * "vs last month", "month over month", "环比" compare with the period just before; "year over year",
 * "vs last year", "同比" with the same period a year earlier.
 */
public enum Comparison {
    NONE(null),
    PREVIOUS("stats.compare.previous"),
    YEAR_AGO("stats.compare.year_ago");

    private static final Pattern YEAR_AGO_WORDS = Pattern.compile(
            "(?i)同比|比去年|跟去年|和去年|去年同期|\\by(?:ear)?[ -]?o(?:ver)?[ -]?y(?:ear)?\\b|\\b(?:vs\\.?|versus|compared? (?:to|with)|against) (?:the )?(?:same \\w+ )?last year\\b");
    private static final Pattern PREVIOUS_WORDS = Pattern.compile(
            "(?i)环比|比上(?:个)?(?:月|周|季度?)|跟上(?:个)?(?:月|周|季度?)|和上(?:个)?(?:月|周|季度?)比|上期"
                    + "|\\b(?:month|week|quarter)[ -]over[ -](?:month|week|quarter)\\b|\\bmo[mq]\\b|\\bqoq\\b|\\bwow\\b"
                    + "|\\b(?:vs\\.?|versus|compared? (?:to|with)|against) (?:the )?(?:last|previous|prior) (?:month|week|quarter|period)\\b");

    private final String labelKey;

    Comparison(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The message key naming the baseline, e.g. "previous period". */
    public String labelKey() {
        return labelKey;
    }

    /** The comparison the text asks for, {@link #NONE} when it asks for none. */
    public static Comparison in(String text) {
        if (text == null) {
            return NONE;
        }
        if (YEAR_AGO_WORDS.matcher(text).find()) {
            return YEAR_AGO;
        }
        if (PREVIOUS_WORDS.matcher(text).find()) {
            return PREVIOUS;
        }
        return NONE;
    }

    /**
     * The period to compare with: whole months move by whole months (so last month of a 31-day month is
     * the whole previous month), anything else by its own length; empty for {@link #NONE}.
     */
    public Optional<Period> baseline(Period period) {
        return switch (this) {
            case NONE -> Optional.empty();
            case YEAR_AGO ->
                Optional.of(
                        new Period(period.start().minusYears(1), period.end().minusYears(1)));
            case PREVIOUS -> Optional.of(previous(period));
        };
    }

    private static Period previous(Period period) {
        YearMonth first = YearMonth.from(period.start());
        YearMonth last = YearMonth.from(period.end());
        if (period.start().getDayOfMonth() == 1 && period.end().equals(last.atEndOfMonth())) {
            long months = ChronoUnit.MONTHS.between(first, last) + 1;
            YearMonth from = first.minusMonths(months);
            return new Period(from.atDay(1), first.minusMonths(1).atEndOfMonth());
        }
        long days = period.lengthInDays();
        return new Period(period.start().minusDays(days), period.end().minusDays(days));
    }
}
