package com.salesbot.core.fakes;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link SaleStore} in memory: one sale per source message, totals in the team's currency over the
 * sales that are not undone.
 */
public final class InMemorySaleStore implements SaleStore {
    private final List<Sale> sales = new ArrayList<>();
    private final Set<String> undone = new HashSet<>();
    private final DatabaseSwitch database;

    public InMemorySaleStore() {
        this(new DatabaseSwitch());
    }

    public InMemorySaleStore(DatabaseSwitch database) {
        this.database = database;
    }

    public DatabaseSwitch database() {
        return database;
    }

    @Override
    public synchronized boolean add(Sale sale) {
        database.check();
        String key = sale.source().messageKey();
        if (sales.stream().anyMatch(s -> s.source().messageKey().equals(key))) {
            return false;
        }
        sales.add(sale);
        return true;
    }

    @Override
    public synchronized Map<PersonId, SaleTotals> totalsByRep(String teamId, Period period) {
        database.check();
        Map<PersonId, SaleTotals> totals = new HashMap<>();
        liveStream()
                .filter(s -> s.teamId().equals(teamId) && period.contains(s.date()))
                .forEach(s -> totals.merge(s.rep(), totalOf(s), InMemorySaleStore::sum));
        return totals;
    }

    @Override
    public synchronized SaleTotals totalFor(PersonId rep, Period period) {
        database.check();
        return liveStream()
                .filter(s -> s.rep().equals(rep) && period.contains(s.date()))
                .map(InMemorySaleStore::totalOf)
                .reduce(SaleTotals.NONE, InMemorySaleStore::sum);
    }

    @Override
    public synchronized Optional<EntryRef> latestBy(PersonId author, Instant since) {
        database.check();
        return liveStream()
                .filter(s -> s.source().author().equals(author)
                        && !s.source().writtenAt().isBefore(since))
                .reduce((a, b) -> b.source().writtenAt().isBefore(a.source().writtenAt()) ? a : b)
                .map(s -> new EntryRef(EntryKind.SALE, s.id(), s.source().writtenAt(), summary(s)));
    }

    @Override
    public synchronized boolean undo(EntryRef entry) {
        database.check();
        if (entry.kind() != EntryKind.SALE || sales.stream().noneMatch(s -> s.id().equals(entry.id()))) {
            return false;
        }
        return undone.add(entry.id());
    }

    /** How undo names a sale: customer and the amount as the rep wrote it. */
    public static String summary(Sale sale) {
        return sale.customer() + ", " + sale.original().display();
    }

    /** Test view, works while the database is down: every sale ever added, undone ones included. */
    public synchronized List<Sale> all() {
        return List.copyOf(sales);
    }

    /** Test view: the sales that still count. */
    public synchronized List<Sale> live() {
        return liveStream().toList();
    }

    /** Test view: true when the sale with that id was undone. */
    public synchronized boolean isUndone(String id) {
        return undone.contains(id);
    }

    private Stream<Sale> liveStream() {
        return sales.stream().filter(s -> !undone.contains(s.id()));
    }

    private static SaleTotals totalOf(Sale sale) {
        return new SaleTotals(sale.amount().amount(), 1);
    }

    private static SaleTotals sum(SaleTotals a, SaleTotals b) {
        return new SaleTotals(a.amount().add(b.amount()), a.count() + b.count());
    }
}
