package com.salesbot.core.competitor;

import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.entry.UndoableStore;
import com.salesbot.core.kernel.Period;
import java.util.List;

/** Port: competitor notes, kept once per source message. */
public interface CompetitorNoteStore extends UndoableStore {
    /** Stores the note; false when its source message already stored one (nothing new written). */
    boolean add(CompetitorNote note);

    /** Notes in the scope dated in the period, undone ones excluded, oldest first. */
    List<CompetitorNote> inPeriod(RecordScope scope, Period period);
}
