package com.salesbot.core.fakes;

import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@link CustomerRecords} over the in-memory visit and sale stores. */
public final class InMemoryCustomerRecords implements CustomerRecords {
    private final InMemoryVisitStore visits;
    private final InMemorySaleStore sales;

    public InMemoryCustomerRecords(InMemoryVisitStore visits, InMemorySaleStore sales) {
        this.visits = visits;
        this.sales = sales;
    }

    @Override
    public Set<String> customers(RecordScope scope) {
        visits.database().check();
        Set<String> names = new LinkedHashSet<>();
        visits.live().stream().filter(v -> scope.includes(v.rep(), v.teamId())).forEach(v -> names.add(v.customer()));
        sales.live().stream().filter(s -> scope.includes(s.rep(), s.teamId())).forEach(s -> names.add(s.customer()));
        return names;
    }

    @Override
    public List<Visit> visits(RecordScope scope, Collection<String> customerNames) {
        visits.database().check();
        return visits.live().stream()
                .filter(v -> scope.includes(v.rep(), v.teamId()) && customerNames.contains(v.customer()))
                .sorted(Comparator.comparing(Visit::date))
                .toList();
    }

    @Override
    public List<Sale> sales(RecordScope scope, Collection<String> customerNames) {
        visits.database().check();
        return sales.live().stream()
                .filter(s -> scope.includes(s.rep(), s.teamId()) && customerNames.contains(s.customer()))
                .sorted(Comparator.comparing(Sale::date))
                .toList();
    }
}
