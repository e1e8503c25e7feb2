package com.salesbot.core.sale;

import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed order. {@code amount} is in the team's currency; {@code original} is what the rep wrote.
 */
public record Sale(
        String id,
        PersonId rep,
        String teamId,
        String customer,
        Money amount,
        Money original,
        LocalDate date,
        Source source) {
    public Sale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(original, "original");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a sale amount must be positive");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
