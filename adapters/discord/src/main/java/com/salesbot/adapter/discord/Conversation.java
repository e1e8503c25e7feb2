package com.salesbot.adapter.discord;

import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import java.util.List;

/** What the adapter needs of the core: replies to a message, none for a message already answered. */
@FunctionalInterface
interface Conversation {
    List<Reply> handle(ChatMessage message);
}
