package com.salesbot.core.customer;

import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Port: read-only access to visits and sales by customer, undone records excluded. */
public interface CustomerRecords {
    /** The customer names, as written, of every visit and sale in the scope. */
    Set<String> customers(RecordScope scope);

    /** Visits in the scope to any of these exact customer names, oldest first. */
    List<Visit> visits(RecordScope scope, Collection<String> customerNames);

    /** Sales in the scope with any of these exact customer names, oldest first. */
    List<Sale> sales(RecordScope scope, Collection<String> customerNames);
}
