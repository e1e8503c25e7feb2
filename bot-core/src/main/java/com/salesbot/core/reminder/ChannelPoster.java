package com.salesbot.core.reminder;

import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.kernel.Lang;
import java.time.Instant;

/**
 * A {@link ReminderComposer} whose channel post is more than one message (the managers' digest: a summary
 * with a thread of per-rep replies), so it posts itself instead of handing the scheduler one reply.
 */
public interface ChannelPoster {
    /**
     * Posts the occurrence due at {@code due} to {@code channel} through {@code chat}, in {@code lang};
     * false when there was nothing to post. Throws as {@link OutboundChat} does when the platform fails.
     */
    boolean post(Reminder reminder, Recipient.Channel channel, OutboundChat chat, Instant due, Lang lang);
}
