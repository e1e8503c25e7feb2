package com.salesbot.adapter.slack.chat;

import com.salesbot.core.conversation.Reply;

/** Where the replies to one Slack interaction go: a channel or thread, a response URL, or a direct message. */
@FunctionalInterface
interface Answer {
    void send(Reply reply);
}
