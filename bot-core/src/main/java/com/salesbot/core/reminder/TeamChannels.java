package com.salesbot.core.reminder;

import java.util.Optional;

/**
 * Port: the channel a team's reminders and meeting agendas go to, where the team has one configured on a
 * platform that is running. A team without one keeps direct messages to each member.
 */
public interface TeamChannels {
    /** No team has a channel: team reminders are direct messages. */
    TeamChannels NONE = teamId -> Optional.empty();

    /** The team's channel, or empty when it has none (or its platform is not running). */
    Optional<Recipient.Channel> of(String teamId);
}
