package com.salesbot.core.reminder;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.people.Person;
import java.time.Instant;
import java.util.Optional;

/** Writes the message of a reminder whose words depend on the moment it is due (a daily-report prompt). */
public interface ReminderComposer {
    /** The kind of reminder this composer writes. */
    Reminder.Kind kind();

    /**
     * The message for {@code recipient} of the occurrence due at {@code due}; empty when there is nothing to
     * say. For a channel the reminder's owner stands in as the recipient, in the language of its words.
     */
    Optional<Reply> compose(Reminder reminder, Person recipient, Instant due);
}
