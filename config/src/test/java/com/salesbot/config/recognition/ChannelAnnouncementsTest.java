package com.salesbot.config.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelAnnouncementsTest {
    private final List<String> posted = new ArrayList<>();

    private OutboundChat platform(String name, boolean fails) {
        return new OutboundChat() {
            @Override
            public String platform() {
                return name;
            }

            @Override
            public void sendDirect(String identity, Reply reply) {
                throw new AssertionError("not expected");
            }

            @Override
            public Optional<String> postToChannel(String workspace, String channel, String thread, Reply reply) {
                if (fails) {
                    throw new DeliveryFailedException("channel_not_found");
                }
                posted.add(name + "|" + workspace + "|" + channel + "|" + reply.text());
                return Optional.of(String.valueOf(posted.size()));
            }

            @Override
            public void postImage(String workspace, String channel, String title, byte[] png) {
                throw new AssertionError("not expected");
            }
        };
    }

    @Test
    void postsToTheTeamsChannelOnThePlatformThatServesIt() {
        ChannelAnnouncements announcements = new ChannelAnnouncements(
                Map.of("east", "slack:T0123/C0456", "west", "discord:999/888"),
                () -> List.of(platform("slack", false), platform("discord", false)));

        assertThat(announcements.toTeam("east", Reply.text("🏆 Kudos"))).isTrue();
        assertThat(announcements.toTeam("west", Reply.text("光荣榜"))).isTrue();

        assertThat(posted).containsExactly("slack|T0123|C0456|🏆 Kudos", "discord|999|888|光荣榜");
        assertThat(announcements.reaches("east")).isTrue();
    }

    @Test
    void aTeamWithoutAChannelOrWithoutItsPlatformRunningGetsNoExtraPost() {
        ChannelAnnouncements announcements = new ChannelAnnouncements(
                Map.of("east", "", "west", "discord:999/888"), () -> List.of(platform("slack", false)));

        assertThat(announcements.toTeam("east", Reply.text("x"))).isFalse();
        assertThat(announcements.toTeam("west", Reply.text("x"))).isFalse();
        assertThat(announcements.reaches("east")).isFalse();
        assertThat(announcements.reaches("west")).isFalse();
        assertThat(announcements.toTeam("nobody", Reply.text("x"))).isFalse();
        assertThat(posted).isEmpty();
    }

    @Test
    void knowsAMessageWrittenInTheRecognitionChannelItselfOnSlackAndDiscord() {
        ChannelAnnouncements announcements = new ChannelAnnouncements(
                Map.of("east", "slack:T0123/C0456", "west", "discord:999/888", "north", ""), List::of);

        assertThat(announcements.isChannelOf("east", "slack:T0123:C0456:1764208800.000100"))
                .isTrue();
        assertThat(announcements.isChannelOf("east", "slack:T0123:C0457:1764208800.000100"))
                .isFalse();
        assertThat(announcements.isChannelOf("east", "slack:T9999:C0456:1764208800.000100"))
                .isFalse();
        // Discord message keys have no server: channel ids are unique across servers.
        assertThat(announcements.isChannelOf("west", "discord::888:1100000000000000001"))
                .isTrue();
        assertThat(announcements.isChannelOf("west", "discord::8888:1100000000000000001"))
                .isFalse();
        assertThat(announcements.isChannelOf("north", "slack:T0123:C0456:1")).isFalse();
    }

    @Test
    void aFailedPostIsReportedAsNotPostedInsteadOfFailingTheKudos() {
        ChannelAnnouncements announcements =
                new ChannelAnnouncements(Map.of("east", "slack:T0123/C0456"), () -> List.of(platform("slack", true)));

        assertThat(announcements.toTeam("east", Reply.text("x"))).isFalse();
    }

    @Test
    void aMalformedChannelFailsStartUpWithTheExpectedShape() {
        assertThatThrownBy(() -> new ChannelAnnouncements(Map.of("east", "C0456"), List::of))
                .hasMessageContaining("slack:T0123/C0456");
    }
}
