package com.salesbot.core.people;

import com.salesbot.core.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of reps with its managers. Money is kept in the team's currency; {@code rates} says how
 * many units of the team currency one unit of another currency is worth.
 */
public record Team(String id, String name, String currency, Map<String, BigDecimal> rates, ZoneId zone) {
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        rates = Map.copyOf(rates);
    }

    /** The amount in the team's currency, or empty when no rate is configured for its currency. */
    public Optional<Money> toTeamCurrency(Money money) {
        if (money.currency().equals(currency)) {
            return Optional.of(money);
        }
        BigDecimal rate = rates.get(money.currency());
        if (rate == null) {
            return Optional.empty();
        }
        return Optional.of(new Money(money.amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN), currency));
    }
}
