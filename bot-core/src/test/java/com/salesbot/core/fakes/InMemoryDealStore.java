package com.salesbot.core.fakes;

import com.salesbot.core.customer.CustomerKey;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.kernel.PersonId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link DealStore} in memory, with the same compare-and-set on the version as the real one. */
public final class InMemoryDealStore implements DealStore {
    private final Map<String, Deal> deals = new LinkedHashMap<>();
    private final DatabaseSwitch database;

    public InMemoryDealStore(DatabaseSwitch database) {
        this.database = database;
    }

    @Override
    public synchronized Optional<Deal> find(String id) {
        database.check();
        return Optional.ofNullable(deals.get(id));
    }

    @Override
    public synchronized boolean save(Deal deal) {
        database.check();
        Deal stored = deals.get(deal.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != deal.version() - 1) {
            return false;
        }
        deals.put(deal.id(), deal);
        return true;
    }

    @Override
    public synchronized List<Deal> ownedBy(PersonId owner) {
        database.check();
        return deals.values().stream().filter(d -> d.owner().equals(owner)).toList();
    }

    @Override
    public synchronized List<Deal> ofTeam(String teamId) {
        database.check();
        return deals.values().stream().filter(d -> d.teamId().equals(teamId)).toList();
    }

    @Override
    public synchronized List<Deal> withCustomerKey(String customerKey) {
        database.check();
        return deals.values().stream()
                .filter(d -> CustomerKey.of(d.customer()).equals(customerKey))
                .toList();
    }

    /** Test view: every deal, in the order first saved. */
    public synchronized List<Deal> all() {
        return new ArrayList<>(deals.values());
    }
}
