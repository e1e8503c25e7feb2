package com.salesbot.core.visit;

import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A rep's meeting or call with a customer.
 *
 * @param contact the person met, or null
 * @param followUp the promised next step's date, or null
 * @param potential the potential deal size in the team's currency, or null
 */
public record Visit(
        String id,
        PersonId rep,
        String teamId,
        String customer,
        String contact,
        LocalDate date,
        LocalDate followUp,
        Money potential,
        String notes,
        Source source) {
    public Visit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(customer, "customer");
        if (customer.isBlank()) {
            throw new IllegalArgumentException("customer must not be blank");
        }
        Objects.requireNonNull(date, "date");
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(source, "source");
    }
}
