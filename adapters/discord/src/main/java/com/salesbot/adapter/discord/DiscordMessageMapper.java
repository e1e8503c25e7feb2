package com.salesbot.adapter.discord;

import com.salesbot.core.conversation.ChatMessage;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Discord messages and interactions as the core's {@link ChatMessage}s.
 *
 * <p>The workspace is always empty: Discord user ids are global, and the core builds the identity from
 * workspace and sender, so an empty workspace keeps a person's identity {@code discord:USERID} the same
 * in direct messages and in every server. Message and interaction ids are global snowflakes too, so the
 * message key stays unique without the server's id.
 */
final class DiscordMessageMapper {
    static final String PLATFORM = "discord";

    /** The identity of a Discord user, as seeded in application.yml: {@code discord:80351110224678912}. */
    static String identity(String userId) {
        return PLATFORM + ":" + userId;
    }

    /**
     * The message the bot should answer, or empty: other bots, webhooks and system messages are ignored,
     * and in a server the bot answers only when mentioned, when replied to, or inside a thread it started.
     */
    Optional<ChatMessage> fromMessage(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
            return Optional.empty();
        }
        Message message = event.getMessage();
        String selfId = event.getJDA().getSelfUser().getId();
        String content = message.getContentRaw();
        boolean direct = !event.isFromGuild();
        Pattern mention = Pattern.compile("<@!?" + selfId + ">");
        boolean mentioned = mention.matcher(content).find();
        if (!direct && !mentioned && !repliesToBot(message, selfId) && !inOwnThread(event, selfId)) {
            return Optional.empty();
        }
        String text = mention.matcher(content).replaceAll(" ").strip().replaceAll("\\s{2,}", " ");
        return Optional.of(new ChatMessage(
                PLATFORM,
                "",
                event.getChannel().getId(),
                author.getId(),
                displayName(author, event.getMember()),
                text,
                message.getId(),
                message.getTimeCreated().toInstant(),
                direct));
    }

    /** A slash command, button click or form, read as the sentence {@code text} from the user who sent it. */
    ChatMessage fromInteraction(Interaction interaction, String text) {
        User user = interaction.getUser();
        String channel = interaction.getChannelId();
        return new ChatMessage(
                PLATFORM,
                "",
                channel == null ? "" : channel,
                user.getId(),
                displayName(user, interaction.getMember()),
                text,
                interaction.getId(),
                interaction.getTimeCreated().toInstant(),
                !interaction.isFromGuild());
    }

    /** A reply to one of the bot's messages, e.g. the answer to "Which customer?", needs no mention. */
    private static boolean repliesToBot(Message message, String selfId) {
        Message referenced = message.getReferencedMessage();
        return referenced != null && referenced.getAuthor().getId().equals(selfId);
    }

    private static boolean inOwnThread(MessageReceivedEvent event, String selfId) {
        return event.getChannelType().isThread()
                && event.getChannel().asThreadChannel().getOwnerId().equals(selfId);
    }

    private static String displayName(User user, Member member) {
        return member != null ? member.getEffectiveName() : user.getEffectiveName();
    }
}
