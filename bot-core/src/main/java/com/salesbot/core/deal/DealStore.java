package com.salesbot.core.deal;

import com.salesbot.core.kernel.PersonId;
import java.util.List;
import java.util.Optional;

/**
 * Port: deals, one document per owner and customer. Saves are compare-and-set on {@link Deal#version()},
 * so two deliveries of one message racing each other move a deal once.
 */
public interface DealStore {
    Optional<Deal> find(String id);

    /**
     * Stores the deal if the stored one is still at {@code deal.version() - 1} (absent for version 1);
     * false when someone else saved in between (nothing written).
     */
    boolean save(Deal deal);

    /** Every deal the person owns. */
    List<Deal> ownedBy(PersonId owner);

    /** Every deal of a team. */
    List<Deal> ofTeam(String teamId);

    /** Every deal, of any team, whose customer has this {@link com.salesbot.core.customer.CustomerKey}. */
    List<Deal> withCustomerKey(String customerKey);
}
