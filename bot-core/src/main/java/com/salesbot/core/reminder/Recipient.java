package com.salesbot.core.reminder;

import com.salesbot.core.kernel.PersonId;
import java.util.Objects;

/** Who receives a reminder: a person (by direct message) or a channel of a chat workspace. */
public sealed interface Recipient {
    /** A person, reached through the first of their identities whose platform the bot serves. */
    record Person(PersonId id) implements Recipient {
        public Person {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A channel: {@code platform} {@code slack}, {@code discord} or {@code console}. */
    record Channel(String platform, String workspace, String channel) implements Recipient {
        public Channel {
            Objects.requireNonNull(platform, "platform");
            workspace = workspace == null ? "" : workspace;
            Objects.requireNonNull(channel, "channel");
        }
    }
}
