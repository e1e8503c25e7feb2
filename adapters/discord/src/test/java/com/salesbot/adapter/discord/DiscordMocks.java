package com.salesbot.adapter.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * JDA's event objects as Mockito mocks, the way JDA's maintainers suggest testing listeners: only what
 * the adapter reads is stubbed, and every outgoing action is a mock whose fluent calls return itself.
 */
final class DiscordMocks {
    static final String BOT_ID = "999";
    /** The server the mocked guild events come from; the listeners under test serve it. */
    static final String SERVED_GUILD = "600";

    static final OffsetDateTime SENT = OffsetDateTime.of(2026, 11, 27, 2, 0, 0, 0, ZoneOffset.UTC);

    private DiscordMocks() {}

    static User user(String id, String name) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.getEffectiveName()).thenReturn(name);
        return user;
    }

    static Guild guild(String id) {
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(id);
        return guild;
    }

    static JDA jda() {
        JDA jda = mock(JDA.class);
        SelfUser self = mock(SelfUser.class);
        when(self.getId()).thenReturn(BOT_ID);
        when(jda.getSelfUser()).thenReturn(self);
        return jda;
    }

    /** A message event; {@code guild} false is a direct message. Outgoing actions are mocks to verify. */
    static final class IncomingMessage {
        final MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        final Message message = mock(Message.class);
        final MessageChannelUnion channel = mock(MessageChannelUnion.class);
        final MessageCreateAction channelSend = mock(MessageCreateAction.class, RETURNS_SELF);
        final MessageCreateAction replySend = mock(MessageCreateAction.class, RETURNS_SELF);
        final User author;

        IncomingMessage(User author, String content, String messageId, boolean guild, ChannelType type) {
            this.author = author;
            JDA jda = jda();
            when(event.getJDA()).thenReturn(jda);
            when(event.getAuthor()).thenReturn(author);
            when(event.getMessage()).thenReturn(message);
            when(event.getChannel()).thenReturn(channel);
            when(event.isFromGuild()).thenReturn(guild);
            if (guild) {
                Guild server = guild(SERVED_GUILD);
                when(event.getGuild()).thenReturn(server);
            }
            when(event.getChannelType()).thenReturn(type);
            when(channel.getId()).thenReturn(guild ? "500" : "700");
            when(message.getContentRaw()).thenReturn(content);
            when(message.getId()).thenReturn(messageId);
            when(message.getTimeCreated()).thenReturn(SENT);
            when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(channelSend);
            when(message.reply(any(MessageCreateData.class))).thenReturn(replySend);
        }

        static IncomingMessage direct(User author, String content, String messageId) {
            return new IncomingMessage(author, content, messageId, false, ChannelType.PRIVATE);
        }

        static IncomingMessage inGuild(User author, String content, String messageId) {
            return new IncomingMessage(author, content, messageId, true, ChannelType.TEXT);
        }

        /** A message in a thread whose creator is {@code ownerId}. */
        static IncomingMessage inThread(User author, String content, String messageId, String ownerId) {
            IncomingMessage incoming =
                    new IncomingMessage(author, content, messageId, true, ChannelType.GUILD_PUBLIC_THREAD);
            ThreadChannel thread = mock(ThreadChannel.class);
            when(thread.getOwnerId()).thenReturn(ownerId);
            when(incoming.channel.asThreadChannel()).thenReturn(thread);
            return incoming;
        }
    }

    /** What an interaction event needs to be answered: a reply action, a hook, a modal action. */
    static final class Answers {
        final ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        final ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
        final InteractionHook hook = mock(InteractionHook.class);

        @SuppressWarnings("unchecked")
        final WebhookMessageCreateAction<Message> followUp = mock(WebhookMessageCreateAction.class, RETURNS_SELF);

        final ModalCallbackAction modal = mock(ModalCallbackAction.class, RETURNS_SELF);
    }

    static Answers slash(
            SlashCommandInteractionEvent event,
            User user,
            String name,
            Map<String, String> options,
            DiscordLocale locale,
            String interactionId,
            boolean guild) {
        when(event.getName()).thenReturn(name);
        for (Map.Entry<String, String> option : options.entrySet()) {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getAsString()).thenReturn(option.getValue());
            if (option.getValue().matches("[0-9.]+")) {
                when(mapping.getAsDouble()).thenReturn(Double.parseDouble(option.getValue()));
            }
            when(event.getOption(option.getKey())).thenReturn(mapping);
        }
        when(event.getUserLocale()).thenReturn(locale);
        when(event.getUser()).thenReturn(user);
        when(event.getId()).thenReturn(interactionId);
        when(event.getChannelId()).thenReturn(guild ? "500" : "700");
        when(event.getTimeCreated()).thenReturn(SENT);
        when(event.isFromGuild()).thenReturn(guild);
        if (guild) {
            Guild server = guild(SERVED_GUILD);
            when(event.getGuild()).thenReturn(server);
        }
        Answers answers = new Answers();
        when(event.reply(any(MessageCreateData.class))).thenReturn(answers.reply);
        when(event.deferReply(anyBoolean())).thenReturn(answers.defer);
        when(event.getHook()).thenReturn(answers.hook);
        when(answers.hook.sendMessage(any(MessageCreateData.class))).thenReturn(answers.followUp);
        when(event.replyModal(any())).thenReturn(answers.modal);
        return answers;
    }

    static Answers button(ButtonInteractionEvent event, User user, String componentId, String interactionId) {
        when(event.getComponentId()).thenReturn(componentId);
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        when(event.getUser()).thenReturn(user);
        when(event.getId()).thenReturn(interactionId);
        when(event.getChannelId()).thenReturn("700");
        when(event.getTimeCreated()).thenReturn(SENT);
        Answers answers = new Answers();
        when(event.reply(any(MessageCreateData.class))).thenReturn(answers.reply);
        when(event.getHook()).thenReturn(answers.hook);
        when(answers.hook.sendMessage(any(MessageCreateData.class))).thenReturn(answers.followUp);
        return answers;
    }

    static Answers modal(
            ModalInteractionEvent event, User user, String modalId, Map<String, String> fields, String interactionId) {
        when(event.getModalId()).thenReturn(modalId);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            ModalMapping mapping = mock(ModalMapping.class);
            when(mapping.getAsString()).thenReturn(field.getValue());
            when(event.getValue(field.getKey())).thenReturn(mapping);
        }
        when(event.getUser()).thenReturn(user);
        when(event.getId()).thenReturn(interactionId);
        when(event.getChannelId()).thenReturn("700");
        when(event.getTimeCreated()).thenReturn(SENT);
        Answers answers = new Answers();
        when(event.reply(any(MessageCreateData.class))).thenReturn(answers.reply);
        when(event.getHook()).thenReturn(answers.hook);
        when(answers.hook.sendMessage(any(MessageCreateData.class))).thenReturn(answers.followUp);
        return answers;
    }
}
