package com.salesbot.core.deal;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.entry.UndoableStore;
import com.salesbot.core.kernel.PersonId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/** Undo for deal moves: the owner's latest move is taken back and the deal returns to its previous stage. */
public final class DealUndo implements UndoableStore {
    private static final String SEPARATOR = "#";

    private final DealStore deals;

    public DealUndo(DealStore deals) {
        this.deals = deals;
    }

    @Override
    public Optional<EntryRef> latestBy(PersonId author, Instant since) {
        record Move(Deal deal, StageEntry entry) {}
        return deals.ownedBy(author).stream()
                .flatMap(d -> d.live().stream().map(e -> new Move(d, e)))
                .filter(m -> !m.entry().enteredAt().isBefore(since))
                .max(Comparator.comparing(m -> m.entry().enteredAt()))
                .map(m -> new EntryRef(
                        EntryKind.DEAL,
                        m.deal().id() + SEPARATOR + m.entry().messageKey(),
                        m.entry().enteredAt(),
                        m.deal().customer() + " → " + m.entry().stage().code()));
    }

    @Override
    public boolean undo(EntryRef entry) {
        int cut = entry.id().indexOf(SEPARATOR);
        if (entry.kind() != EntryKind.DEAL || cut < 0) {
            return false;
        }
        String messageKey = entry.id().substring(cut + 1);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Deal> deal = deals.find(entry.id().substring(0, cut));
            if (deal.isEmpty()
                    || deal.get().live().stream().noneMatch(e -> e.messageKey().equals(messageKey))) {
                return false;
            }
            if (deals.save(deal.get().undone(messageKey))) {
                return true;
            }
        }
        return false;
    }
}
