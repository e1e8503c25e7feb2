package com.salesbot.core.reminder;

import com.salesbot.core.kernel.PersonId;
import java.util.Objects;
import java.util.regex.Pattern;

/** Who receives a reminder: a person (by direct message) or a channel of a chat workspace. */
public sealed interface Recipient {
    /** A person, reached through the first of their identities whose platform the bot serves. */
    record Person(PersonId id) implements Recipient {
        public Person {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A channel: {@code platform} {@code slack}, {@code discord} or {@code console}; {@code channel} is the
     * platform's channel id (Slack {@code C0456}, Discord {@code 8035…}) or, where the platform posts by
     * name (the console, Slack), a channel name.
     */
    record Channel(String platform, String workspace, String channel) implements Recipient {
        // Slack channel ids are upper-case letters and digits starting with C or G; Discord's are numbers.
        private static final Pattern SLACK_ID = Pattern.compile("[CG][A-Z0-9]{6,}");
        private static final Pattern DISCORD_ID = Pattern.compile("\\d{6,}");

        public Channel {
            Objects.requireNonNull(platform, "platform");
            workspace = workspace == null ? "" : workspace;
            Objects.requireNonNull(channel, "channel");
            if (channel.isBlank()) {
                throw new IllegalArgumentException("a channel needs a name or id");
            }
        }

        /**
         * A configured channel: {@code platform:workspace/channel} ({@code slack:T0123/C0456},
         * {@code discord:GUILD/CHANNEL}) or {@code platform:channel} ({@code console:team-west}).
         */
        public static Channel parse(String text) {
            String value = text == null ? "" : text.strip();
            int colon = value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw new IllegalArgumentException(
                        "a channel looks like slack:T0123/C0456, discord:GUILD/CHANNEL or console:team-west, not "
                                + text);
            }
            String rest = value.substring(colon + 1);
            int slash = rest.lastIndexOf('/');
            return slash < 0
                    ? new Channel(value.substring(0, colon), "", rest)
                    : new Channel(value.substring(0, colon), rest.substring(0, slash), rest.substring(slash + 1));
        }

        /**
         * How a reply names the channel: a mention the platform turns into a link ({@code <#C0456>}) for a
         * channel id, else {@code #name}.
         */
        public String mention() {
            boolean id = ("slack".equals(platform) && SLACK_ID.matcher(channel).matches())
                    || ("discord".equals(platform)
                            && DISCORD_ID.matcher(channel).matches());
            return id ? "<#" + channel + ">" : "#" + channel;
        }
    }
}
