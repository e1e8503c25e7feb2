package com.salesbot.adapter.discord;

import static com.salesbot.adapter.discord.DiscordMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.salesbot.adapter.discord.DiscordMocks.IncomingMessage;
import com.salesbot.core.conversation.ChatMessage;
import java.time.Instant;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.junit.jupiter.api.Test;

class DiscordMessageMapperTest {
    private final DiscordMessageMapper mapper = new DiscordMessageMapper();
    private final User alice = user("111", "alice");

    @Test
    void aDirectMessageBecomesADirectChatMessageFromTheUsersGlobalIdentity() {
        ChatMessage message = mapper.fromMessage(IncomingMessage.direct(alice, "visited Acme today", "m1").event)
                .orElseThrow();

        assertThat(message.platform()).isEqualTo("discord");
        assertThat(message.identity()).isEqualTo("discord:111");
        assertThat(message.displayName()).isEqualTo("alice");
        assertThat(message.channel()).isEqualTo("700");
        assertThat(message.text()).isEqualTo("visited Acme today");
        assertThat(message.messageKey()).isEqualTo("discord::700:m1");
        assertThat(message.timestamp()).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
        assertThat(message.direct()).isTrue();
    }

    @Test
    void aMentionInAServerKeepsTheSameIdentityAsADirectMessageAndLosesTheMention() {
        IncomingMessage incoming = IncomingMessage.inGuild(alice, "<@999> 今天拜访了华为技术", "m2");

        ChatMessage message = mapper.fromMessage(incoming.event).orElseThrow();

        assertThat(message.identity()).isEqualTo("discord:111");
        assertThat(message.text()).isEqualTo("今天拜访了华为技术");
        assertThat(message.direct()).isFalse();
    }

    @Test
    void theNicknameFormOfTheMentionCountsToo() {
        IncomingMessage incoming = IncomingMessage.inGuild(alice, "hey <@!999>   team ranking", "m3");

        assertThat(mapper.fromMessage(incoming.event).orElseThrow().text()).isEqualTo("hey team ranking");
    }

    @Test
    void theServerNicknameIsTheDisplayNameWhenThereIsOne() {
        IncomingMessage incoming = IncomingMessage.inGuild(alice, "<@999> hi", "m4");
        Member member = mock(Member.class);
        when(member.getEffectiveName()).thenReturn("Alice (West)");
        when(incoming.event.getMember()).thenReturn(member);

        assertThat(mapper.fromMessage(incoming.event).orElseThrow().displayName())
                .isEqualTo("Alice (West)");
    }

    @Test
    void aServerMessageNotMentioningTheBotIsNotForIt() {
        assertThat(mapper.fromMessage(IncomingMessage.inGuild(alice, "lunch anyone? <@123>", "m5").event))
                .isEmpty();
    }

    @Test
    void aReplyToTheBotsOwnMessageNeedsNoMention() {
        IncomingMessage incoming = IncomingMessage.inGuild(alice, "Sunrise Dental", "m9");
        Message question = mock(Message.class);
        User bot = user(DiscordMocks.BOT_ID, "salesbot");
        when(question.getAuthor()).thenReturn(bot);
        when(incoming.message.getReferencedMessage()).thenReturn(question);

        assertThat(mapper.fromMessage(incoming.event))
                .hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("Sunrise Dental"));
    }

    @Test
    void aReplyToSomeoneElseNeedsAMention() {
        IncomingMessage incoming = IncomingMessage.inGuild(alice, "agreed", "m10");
        Message other = mock(Message.class);
        User bob = user("222", "bob");
        when(other.getAuthor()).thenReturn(bob);
        when(incoming.message.getReferencedMessage()).thenReturn(other);

        assertThat(mapper.fromMessage(incoming.event)).isEmpty();
    }

    @Test
    void everyMessageInAThreadTheBotStartedIsForIt() {
        IncomingMessage incoming = IncomingMessage.inThread(alice, "closed 5k with Globex", "m6", DiscordMocks.BOT_ID);

        assertThat(mapper.fromMessage(incoming.event))
                .hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("closed 5k with Globex"));
    }

    @Test
    void aThreadSomeoneElseStartedNeedsAMention() {
        IncomingMessage incoming = IncomingMessage.inThread(alice, "closed 5k with Globex", "m7", "123");

        assertThat(mapper.fromMessage(incoming.event)).isEmpty();
    }

    @Test
    void botsIncludingItselfAreNeverAnswered() {
        User bot = user("888", "otherbot");
        when(bot.isBot()).thenReturn(true);

        assertThat(mapper.fromMessage(IncomingMessage.direct(bot, "hi", "m8").event))
                .isEmpty();
    }

    @Test
    void anInteractionIsKeyedByItsOwnIdSoEachClickIsOneDelivery() {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        DiscordMocks.button(event, alice, "choice:111:undo", "i42");

        ChatMessage message = mapper.fromInteraction(event, "undo");

        assertThat(message.text()).isEqualTo("undo");
        assertThat(message.identity()).isEqualTo("discord:111");
        assertThat(message.messageKey()).isEqualTo("discord::700:i42");
        assertThat(message.direct()).isTrue();
    }
}
