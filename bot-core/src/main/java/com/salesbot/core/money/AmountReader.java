package com.salesbot.core.money;

import com.salesbot.core.kernel.Money;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.people.Team;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads the money a message states and brings it into the team's currency: an amount without a
 * currency is in the team's currency; another currency needs a configured rate.
 */
public final class AmountReader {
    /** Nobody books a trillion in one chat message; larger numbers are typos or jokes. */
    static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private AmountReader() {}

    /**
     * A usable amount (as written and in the team's currency), or the message key and arguments of
     * the problem that makes it unusable.
     */
    public record Reading(Money original, Money inTeamCurrency, String problemKey, List<Object> problemArgs) {
        public Reading {
            problemArgs = List.copyOf(problemArgs);
        }

        static Reading valid(Money original, Money inTeamCurrency) {
            return new Reading(original, inTeamCurrency, null, List.of());
        }

        static Reading problem(String key, Object... args) {
            return new Reading(null, null, key, List.of(args));
        }

        /** True when the amount can be used. */
        public boolean valid() {
            return problemKey == null;
        }
    }

    /** Reads the {@code amount} and {@code currency} entities; empty when no amount was stated. */
    public static Optional<Reading> read(Entities entities, Team team) {
        Optional<BigDecimal> amount = entities.amount();
        if (amount.isEmpty()) {
            return entities.text(Entities.INVALID_AMOUNT)
                    .map(written -> Reading.problem("amount.out_of_range", written));
        }
        BigDecimal value = amount.get();
        if (!isSane(value)) {
            return Optional.of(Reading.problem("amount.out_of_range", value.toPlainString()));
        }
        Money original = new Money(value, entities.currency().orElse(team.currency()));
        return Optional.of(team.toTeamCurrency(original)
                .map(converted -> isSane(converted.amount())
                        ? Reading.valid(original, converted)
                        // A positive amount can round to zero cents in the team's currency (¥0.03 → $0.00).
                        : Reading.problem("amount.out_of_range", value.toPlainString()))
                .orElseGet(() -> Reading.problem("amount.no_rate", original.currency(), team.currency())));
    }

    /** True for a positive amount below the limit. */
    public static boolean isSane(BigDecimal value) {
        return value.signum() > 0 && value.compareTo(LIMIT) < 0;
    }
}
