package com.salesbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Slack ids and timestamps as the core sees them. */
class OriginTest {

    @Test
    void theIdentityNamesTheWorkspaceAndTheUser() {
        Origin origin = new Origin("T0123", "D1", "U0456", "hi", "1.2", Instant.EPOCH, true);

        assertThat(origin.identity()).isEqualTo("slack:T0123/U0456");
        assertThat(origin.toMessage("Alice").identity()).isEqualTo("slack:T0123/U0456");
        assertThat(origin.toMessage("Alice").messageKey()).isEqualTo("slack:T0123:D1:1.2");
    }

    @Test
    void aSlackTimestampIsSecondsWithMicroseconds() {
        assertThat(Origin.instantOf("1764208800.000100", Instant.EPOCH))
                .isEqualTo(Instant.ofEpochSecond(1_764_208_800L, 100_000));
        assertThat(Origin.instantOf("not a ts", Instant.EPOCH)).isEqualTo(Instant.EPOCH);
    }

    @Test
    void theBotsOwnMentionIsRemovedAndOtherMentionsStay() {
        assertThat(SlackChat.withoutMention("<@U0BOT> kudos to <@U0BOB> for the demo", "U0BOT"))
                .isEqualTo("kudos to <@U0BOB> for the demo");
    }
}
