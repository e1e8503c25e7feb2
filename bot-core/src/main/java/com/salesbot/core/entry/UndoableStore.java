package com.salesbot.core.entry;

import com.salesbot.core.kernel.PersonId;
import java.time.Instant;
import java.util.Optional;

/** Port: a store whose records their author can take back. Undone records stop counting everywhere. */
public interface UndoableStore {
    /** The author's most recent record written at or after {@code since} that is not undone. */
    Optional<EntryRef> latestBy(PersonId author, Instant since);

    /** Marks the record undone; false when it was already undone or is gone. */
    boolean undo(EntryRef entry);
}
