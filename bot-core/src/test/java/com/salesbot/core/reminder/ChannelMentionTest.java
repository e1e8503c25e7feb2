package com.salesbot.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelMentionTest {
    private static final String SLACK = "slack:T0123:D042:1700000000.0001";
    private static final String DISCORD = "discord::555:m1";
    private static final String CONSOLE = "console::console:run-1";

    @Test
    void readsASlackChannelMentionAsItsIdInTheRequestsWorkspace() {
        assertThat(ChannelMention.in("remind <#C0TEAMWEST|team-west> about the review every Monday 9am", SLACK))
                .contains(new ChannelMention.Named(new Recipient.Channel("slack", "T0123", "C0TEAMWEST")));
        assertThat(ChannelMention.in("remind <#C0TEAMWEST> about the review", SLACK))
                .contains(new ChannelMention.Named(new Recipient.Channel("slack", "T0123", "C0TEAMWEST")));
    }

    @Test
    void readsADiscordChannelMentionAsItsId() {
        assertThat(ChannelMention.in("remind <#80351110224678912> about the review every Monday 9am", DISCORD))
                .contains(new ChannelMention.Named(new Recipient.Channel("discord", "", "80351110224678912")));
    }

    @Test
    void readsATypedChannelNameInBothLanguages() {
        assertThat(ChannelMention.in("remind #team-west about the pipeline review every Monday 9am", CONSOLE))
                .contains(new ChannelMention.Named(new Recipient.Channel("console", "", "team-west")));
        assertThat(ChannelMention.in("每周一早上9点在#销售群提醒大家开周会", CONSOLE))
                .contains(new ChannelMention.Named(new Recipient.Channel("console", "", "销售群")));
        assertThat(ChannelMention.in("每周一早上9点在#销售群里提醒大家开周会", CONSOLE))
                .contains(new ChannelMention.Named(new Recipient.Channel("console", "", "销售群")));
    }

    @Test
    void aTypedNameOnDiscordMustBePickedFromTheList() {
        assertThat(ChannelMention.in("remind #sales about the review every Monday 9am", DISCORD))
                .contains(new ChannelMention.NameOnly("sales"));
    }

    @Test
    void numbersAndPersonMentionsAreNoChannel() {
        assertThat(ChannelMention.in("remind me about deal #1 tomorrow", CONSOLE))
                .isEqualTo(Optional.empty());
        assertThat(ChannelMention.in("remind <@U024BE7LH> to call Acme tomorrow", SLACK))
                .isEqualTo(Optional.empty());
    }

    @Test
    void linksMentionsAsThePlatformShowsThem() {
        assertThat(new Recipient.Channel("slack", "T0123", "C0TEAMWEST").mention())
                .isEqualTo("<#C0TEAMWEST>");
        assertThat(new Recipient.Channel("discord", "", "80351110224678912").mention())
                .isEqualTo("<#80351110224678912>");
        assertThat(new Recipient.Channel("console", "", "team-west").mention()).isEqualTo("#team-west");
        assertThat(Recipient.Channel.parse("slack:T0123/C0456"))
                .isEqualTo(new Recipient.Channel("slack", "T0123", "C0456"));
        assertThat(Recipient.Channel.parse("console:team-west"))
                .isEqualTo(new Recipient.Channel("console", "", "team-west"));
    }
}
