package com.salesbot.core.conversation;

import com.salesbot.core.people.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a reply to a person outside the conversation they are in (a forwarded question to a manager,
 * the answer back to the rep), through the first of their identities whose platform is running.
 */
public final class DirectMessages {
    /** Delivers nothing, for tests and set-ups without outbound chat. */
    public static final DirectMessages NONE = new DirectMessages(List.of());

    private static final Logger LOG = Logger.getLogger(DirectMessages.class.getName());

    private final Supplier<List<OutboundChat>> chats;

    public DirectMessages(List<OutboundChat> chats) {
        this(() -> chats);
    }

    /**
     * With platforms looked up at each send: the chat adapters need the conversation engine, which needs
     * the skills that send through here, so they cannot all exist before the skills do.
     */
    public DirectMessages(Supplier<List<OutboundChat>> chats) {
        this.chats = chats;
    }

    /** True when the message was handed to a platform; false when none serves the person or it refused. */
    public boolean send(Person person, Reply reply) {
        Map<String, OutboundChat> byPlatform = new HashMap<>();
        chats.get().forEach(chat -> byPlatform.put(chat.platform(), chat));
        for (String identity : person.identities()) {
            OutboundChat chat = byPlatform.get(identity.substring(0, Math.max(0, identity.indexOf(':'))));
            if (chat == null) {
                continue;
            }
            try {
                chat.sendDirect(identity, reply);
                return true;
            } catch (DeliveryFailedException e) {
                // The person id only: the reply may quote what someone wrote.
                LOG.log(Level.WARNING, "direct message to " + person.id().value() + " failed: " + e.getMessage());
            }
        }
        return false;
    }
}
