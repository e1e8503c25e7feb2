package com.salesbot.nlp.normalize;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One amount found in a message.
 *
 * @param value the number in units, exact and without exponent ("12.5k" is 12500); for an invalid
 *     amount, the number as written (it may be negative, zero or absurdly large)
 * @param currency the ISO code the text writes or implies next to the number, if any
 * @param countUnit for a count such as "30 visits" or "5单", the counted noun as written ("visits", "单")
 * @param span where the amount (with its symbol, multiplier and unit) sits in the text
 * @param explicit true when a currency, multiplier, unit, thousands separator or Chinese numeral makes
 *     it unmistakably an amount, rather than a bare number such as "12500"
 * @param valid false for amounts that are clearly wrong (negative, zero or beyond a trillion): callers
 *     should tell the user "that amount doesn't look right" instead of storing or silently dropping them
 */
public record AmountMatch(
        BigDecimal value,
        Optional<String> currency,
        Optional<String> countUnit,
        TextSpan span,
        boolean explicit,
        boolean valid) {
    public AmountMatch {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(countUnit, "countUnit");
        Objects.requireNonNull(span, "span");
    }

    /** True for a count of things ("30 visits", "5单") rather than money. */
    public boolean isCount() {
        return countUnit.isPresent();
    }
}
