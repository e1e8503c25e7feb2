package com.salesbot.adapter.discord;

import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.conversation.Reaction;
import com.salesbot.core.conversation.ReactionHandler;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.customer.CustomerSuggestions;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.report.ReportForms;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes what Discord delivers to the core and sends the replies back. The core runs on the adapter's
 * executor, never on JDA's event thread; an interaction is answered directly when the core is done
 * within the acknowledgement budget, and deferred ("thinking…") and answered later when it is not, so
 * Discord's three seconds are always met.
 */
final class DiscordListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);

    private final Conversation conversation;
    private final ReactionHandler reactions;
    private final CustomerSuggestions suggestions;
    private final DiscordMessageMapper mapper = new DiscordMessageMapper();
    private final DiscordRenderer renderer = new DiscordRenderer();
    private final Texts texts;
    private final SlashCommands commands;
    private final VisitForm visitForm;
    private final Executor executor;
    private final Duration ackBudget;
    private final String guildId;
    private final ServedGuilds served;
    private final RefusalCounter refusals;
    private final ReportForms reportForms;

    /**
     * @param suggestions customer names for autocomplete, or null for none
     * @param guildId the server to register commands in, or null to register them globally
     */
    DiscordListener(
            Conversation conversation,
            CustomerSuggestions suggestions,
            Executor executor,
            Duration ackBudget,
            String guildId) {
        this(conversation, ReactionHandler.NONE, suggestions, executor, ackBudget, guildId);
    }

    /** As above, with reactions in servers handed to {@code reactions}; serves {@code guildId} only. */
    DiscordListener(
            Conversation conversation,
            ReactionHandler reactions,
            CustomerSuggestions suggestions,
            Executor executor,
            Duration ackBudget,
            String guildId) {
        this(
                conversation,
                reactions,
                suggestions,
                executor,
                ackBudget,
                guildId,
                guildId == null || guildId.isBlank() ? Set.of() : Set.of(guildId.strip()),
                RefusalCounter.NONE);
    }

    /**
     * As above, answering in servers {@code servedGuilds} (and direct messages) only; what comes from
     * another server is refused and counted in {@code refusals}.
     */
    DiscordListener(
            Conversation conversation,
            ReactionHandler reactions,
            CustomerSuggestions suggestions,
            Executor executor,
            Duration ackBudget,
            String guildId,
            Set<String> servedGuilds,
            RefusalCounter refusals) {
        this(conversation, reactions, null, suggestions, executor, ackBudget, guildId, servedGuilds, refusals);
    }

    /** As above, with report templates offered as a modal from {@code reportForms} (null: never). */
    DiscordListener(
            Conversation conversation,
            ReactionHandler reactions,
            ReportForms reportForms,
            CustomerSuggestions suggestions,
            Executor executor,
            Duration ackBudget,
            String guildId,
            Set<String> servedGuilds,
            RefusalCounter refusals) {
        this.reportForms = reportForms;
        this.served = new ServedGuilds(servedGuilds);
        this.refusals = refusals;
        this.conversation = conversation;
        this.reactions = reactions;
        this.suggestions = suggestions;
        this.executor = executor;
        this.ackBudget = ackBudget;
        this.guildId = guildId == null || guildId.isBlank() ? null : guildId.strip();
        this.texts = Texts.load();
        this.commands = new SlashCommands(texts);
        this.visitForm = new VisitForm(texts, commands);
    }

    DiscordRenderer renderer() {
        return renderer;
    }

    SlashCommands commands() {
        return commands;
    }

    // ---- start-up ----

    @Override
    public void onReady(ReadyEvent event) {
        LOG.info(
                "Discord bot {} is ready; invite it to a server with {}",
                event.getJDA().getSelfUser().getName(),
                DiscordAdapter.inviteUrl(event.getJDA().getSelfUser().getApplicationId()));
        registerCommands(event.getJDA());
    }

    /**
     * Replaces the command list once per start: in the development server when one is set, else globally.
     * With shards, only the shard that owns the server (or shard 0, for the global list) does it, so the
     * list is replaced once per deployment rather than once per shard.
     */
    void registerCommands(JDA jda) {
        JDA.ShardInfo shard = jda.getShardInfo();
        if (shard != null && shard.getShardTotal() > 1) {
            long owner = guildId == null ? 0 : (Long.parseLong(guildId) >> 22) % shard.getShardTotal();
            if (shard.getShardId() != owner) {
                return;
            }
        }
        if (guildId != null) {
            Guild guild = jda.getGuildById(guildId);
            if (guild == null) {
                LOG.error(
                        "SALESBOT_DISCORD_GUILD_ID {} is not a server the bot is in; slash commands are NOT"
                                + " registered. Invite the bot there or unset the setting to register globally.",
                        guildId);
                return;
            }
            int count = commands.definitions().size();
            guild.updateCommands()
                    .addCommands(commands.definitions())
                    .queue(
                            done -> LOG.info("Registered {} slash commands in server {}", count, guildId),
                            error -> LOG.error(
                                    "Could not register slash commands in server {}: {}",
                                    guildId,
                                    ApiErrors.describe(error)));
            return;
        }
        int count = commands.definitions().size();
        jda.updateCommands()
                .addCommands(commands.definitions())
                .queue(
                        done -> LOG.info("Registered {} slash commands globally", count),
                        error -> LOG.error("Could not register slash commands: {}", ApiErrors.describe(error)));
    }

    // ---- messages ----

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Optional<ChatMessage> message = mapper.fromMessage(event);
        if (message.isEmpty()) {
            return;
        }
        if (!served.serves(event.isFromGuild(), event.isFromGuild() ? event.getGuild() : null)) {
            // No reply: a reply to every mention in a server nobody configured would be spam.
            refused("message", event.getGuild());
            return;
        }
        execute(() -> {
            List<Reply> replies = converse(
                    message.get(), LanguageDetector.detect(message.get().text()));
            for (Reply reply : replies) {
                MessageCreateData data = renderer.render(reply, message.get().senderId());
                try {
                    var action = message.get().direct()
                            ? event.getChannel().sendMessage(data)
                            : event.getMessage().reply(data);
                    action.queue(sent -> {}, error -> replyFailed(event, message.get(), error));
                } catch (RuntimeException e) {
                    // JDA checks the bot's permissions before sending and throws at once when one is missing.
                    replyFailed(event, message.get(), e);
                }
            }
        });
    }

    private void replyFailed(MessageReceivedEvent event, ChatMessage message, Throwable error) {
        LOG.error(
                "Could not answer message {} in channel {}: {}",
                message.messageId(),
                message.channel(),
                ApiErrors.describe(error));
        if (!message.direct() && ApiErrors.isPermissionProblem(error)) {
            // The user is waiting for an answer: say why in a direct message instead.
            Lang lang = LanguageDetector.detect(message.text());
            event.getAuthor()
                    .openPrivateChannel()
                    .flatMap(dm -> dm.sendMessage(renderer.text(
                            texts.get(lang, "error.reply_failed", message.channel(), ApiErrors.describe(error)))))
                    .queue(
                            sent -> {},
                            dmError -> LOG.warn(
                                    "Could not tell user {} either: {}",
                                    message.senderId(),
                                    ApiErrors.describe(dmError)));
        }
    }

    // ---- reactions ----

    /**
     * A reaction in a server: when the core wants it (the kudos emoji), the reacted message is fetched for
     * its author, and the core's answer is posted in the channel, or sent to the reactor alone by DM.
     */
    @Override
    public void onMessageReactionAdd(MessageReactionAddEvent event) {
        String emoji = event.getEmoji().getName();
        String selfId = event.getJDA().getSelfUser().getId();
        if (!event.isFromGuild()
                || event.getUserId().equals(selfId)
                || event.getMessageAuthorId().equals(selfId)
                || !reactions.wants(DiscordMessageMapper.PLATFORM, emoji)) {
            return;
        }
        if (!served.serves(true, event.getGuild())) {
            refused("reaction", event.getGuild());
            return;
        }
        String reactorName = event.getMember() != null
                ? event.getMember().getEffectiveName()
                : event.getUser() != null ? event.getUser().getEffectiveName() : null;
        event.retrieveMessage()
                .queue(
                        message -> {
                            User author = message.getAuthor();
                            if (author.isBot() || author.isSystem() || message.isWebhookMessage()) {
                                return;
                            }
                            Reaction reaction = new Reaction(
                                    DiscordMessageMapper.PLATFORM,
                                    "",
                                    event.getChannel().getId(),
                                    event.getMessageId(),
                                    event.getUserId(),
                                    reactorName,
                                    author.getId(),
                                    message.getMember() != null
                                            ? message.getMember().getEffectiveName()
                                            : author.getEffectiveName(),
                                    emoji,
                                    java.time.Instant.now());
                            execute(() -> react(event, reaction));
                        },
                        error -> LOG.warn(
                                "Could not fetch message {} for a reaction: {}",
                                event.getMessageId(),
                                ApiErrors.describe(error)));
    }

    private void react(MessageReactionAddEvent event, Reaction reaction) {
        Optional<ReactionHandler.Answer> answer;
        try {
            answer = reactions.react(reaction);
        } catch (RuntimeException e) {
            LOG.error("Failed to handle a reaction to message {}", reaction.messageId(), e);
            return;
        }
        answer.ifPresent(a -> {
            MessageCreateData data = renderer.render(a.reply(), reaction.reactorId());
            if (a.onlyForReactor()) {
                event.getJDA()
                        .openPrivateChannelById(reaction.reactorId())
                        .flatMap(dm -> dm.sendMessage(data))
                        .queue(
                                ok -> {},
                                error -> LOG.warn(
                                        "Could not tell user {} about their reaction: {}",
                                        reaction.reactorId(),
                                        ApiErrors.describe(error)));
            } else {
                event.getChannel()
                        .sendMessage(data)
                        .queue(
                                ok -> {},
                                error -> LOG.error(
                                        "Could not post kudos in channel {}: {}",
                                        reaction.channel(),
                                        ApiErrors.describe(error)));
            }
        });
    }

    // ---- interactions ----

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Lang lang = SlashCommands.lang(event.getUserLocale());
        if (refusedServer(event, "command", lang)) {
            return;
        }
        String name = event.getName();
        if (name.equals(SlashCommands.VISIT) && event.getOption(SlashCommands.CUSTOMER) == null) {
            event.replyModal(visitForm.modal(lang))
                    .queue(
                            ok -> {},
                            error -> LOG.error("Could not open the visit form: {}", ApiErrors.describe(error)));
            return;
        }
        Optional<String> sentence = commands.sentence(name, event::getOption, lang);
        if (sentence.isEmpty()) {
            LOG.warn("Unknown slash command /{}; the registered list is out of date", name);
            event.reply(renderer.text(texts.get(lang, "error.generic")))
                    .setEphemeral(true)
                    .queue(ok -> {}, error -> LOG.error("Could not answer /{}: {}", name, ApiErrors.describe(error)));
            return;
        }
        // A target is private to its rep (and their managers): in a server only the asker sees it.
        boolean ephemeral = event.isFromGuild() && name.equals(SlashCommands.TARGET);
        answer(event, mapper.fromInteraction(event, sentence.get()), lang, ephemeral);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<Lang> formLang = ReportForm.langOf(event.getComponentId());
        if (formLang.isPresent()) {
            if (!refusedServer(event, "button", formLang.get())) {
                openReportForm(event, formLang.get());
            }
            return;
        }
        Optional<ChoiceId> choice = ChoiceId.parse(event.getComponentId());
        if (choice.isEmpty()) {
            return;
        }
        Lang lang = SlashCommands.lang(event.getUserLocale());
        if (refusedServer(event, "button", lang)) {
            return;
        }
        User user = event.getUser();
        if (!choice.get().allows(user.getId())) {
            event.reply(renderer.text(texts.get(
                            lang, "button.not_yours", "<@" + choice.get().owner() + ">")))
                    .setEphemeral(true)
                    .queue(ok -> {}, error -> LOG.error("Could not answer a button: {}", ApiErrors.describe(error)));
            return;
        }
        answer(event, mapper.fromInteraction(event, choice.get().value()), lang, false);
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Optional<Lang> reportLang = ReportForm.langOf(event.getModalId());
        if (reportLang.isPresent()) {
            if (refusedServer(event, "form", reportLang.get())) {
                return;
            }
            List<String> questions = questionsOf(event.getUser());
            String report = ReportForm.message(reportLang.get(), questions, event::getValue);
            answer(event, mapper.fromInteraction(event, report), reportLang.get(), false);
            return;
        }
        Optional<Lang> lang = VisitForm.langOf(event.getModalId());
        if (lang.isEmpty() || refusedServer(event, "form", lang.get())) {
            return;
        }
        String sentence = visitForm.sentence(lang.get(), event::getValue);
        answer(event, mapper.fromInteraction(event, sentence), lang.get(), false);
    }

    /** The clicker's own team's questions as a modal; one who has none is told to write the report instead. */
    private void openReportForm(ButtonInteractionEvent event, Lang lang) {
        List<String> questions = questionsOf(event.getUser());
        if (questions.isEmpty()) {
            event.reply(renderer.text(texts.get(lang, "error.generic")))
                    .setEphemeral(true)
                    .queue(ok -> {}, error -> LOG.error("Could not answer a button: {}", ApiErrors.describe(error)));
            return;
        }
        event.replyModal(ReportForm.modal(lang, questions))
                .queue(ok -> {}, error -> LOG.error("Could not open the report form: {}", ApiErrors.describe(error)));
    }

    private List<String> questionsOf(User user) {
        return reportForms == null ? List.of() : reportForms.questionsFor(DiscordMessageMapper.identity(user.getId()));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!served.serves(event.isFromGuild(), event.getGuild())) {
            // Customer names are team data: a server nobody configured gets none.
            refused("autocomplete", event.getGuild());
            event.replyChoiceStrings(List.of()).queue(ok -> {}, error -> {});
            return;
        }
        if (!event.getFocusedOption().getName().equals(SlashCommands.CUSTOMER)) {
            event.replyChoiceStrings(List.of()).queue();
            return;
        }
        List<String> names;
        try {
            names = suggestions == null
                    ? List.of()
                    : suggestions.suggest(
                            DiscordMessageMapper.identity(event.getUser().getId()),
                            event.getFocusedOption().getValue());
        } catch (RuntimeException e) {
            // Suggestions are a convenience: an outage leaves the list empty and the user types the name.
            LOG.warn("No customer suggestions: {}", e.toString());
            names = List.of();
        }
        event.replyChoiceStrings(names.stream()
                        .map(n -> DiscordRenderer.truncate(n, 100))
                        .toList())
                .queue(ok -> {}, error -> LOG.warn("Could not send suggestions: {}", ApiErrors.describe(error)));
    }

    /**
     * True when {@code event} came from a server the bot does not serve: it is then answered, only to the
     * user who sent it, that the bot is not set up there, and the core never sees it.
     */
    private boolean refusedServer(IReplyCallback event, String kind, Lang lang) {
        if (served.serves(event.isFromGuild(), event.getGuild())) {
            return false;
        }
        refused(kind, event.getGuild());
        event.reply(renderer.text(texts.get(lang, "refused.server")))
                .setEphemeral(true)
                .queue(ok -> {}, error -> LOG.warn("Could not refuse an interaction: {}", ApiErrors.describe(error)));
        return true;
    }

    private void refused(String kind, Guild guild) {
        // INFO, not WARN: WARN lines in this package are counted as chat API errors.
        LOG.info(
                "Refused a Discord {} from server {}, which is not in SALESBOT_DISCORD_GUILDS",
                kind,
                guild == null ? "?" : guild.getId());
        refusals.refused(kind);
    }

    /**
     * Runs the core for an interaction and answers it, directly when the core is quick and after a
     * deferral when it is not. A repeated delivery (no replies) is left alone: the first one answered.
     */
    private void answer(IReplyCallback event, ChatMessage message, Lang lang, boolean ephemeral) {
        String owner = message.senderId();
        CompletableFuture<List<Reply>> work;
        try {
            work = CompletableFuture.supplyAsync(() -> converse(message, lang), executor);
        } catch (RejectedExecutionException shuttingDown) {
            LOG.warn("Interaction {} arrived while shutting down; not answered", message.messageId());
            return;
        }
        List<Reply> replies;
        try {
            replies = work.get(ackBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            event.deferReply(ephemeral)
                    .queue(
                            ok -> {},
                            error -> LOG.error(
                                    "Could not defer interaction {}: {}",
                                    message.messageId(),
                                    ApiErrors.describe(error)));
            work.thenAccept(later -> {
                if (later.isEmpty()) {
                    // Already answered elsewhere: remove the "thinking…" placeholder instead of leaving it.
                    event.getHook().deleteOriginal().queue(ok -> {}, error -> {});
                }
                followUp(event.getHook(), later, owner, ephemeral, message);
            });
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            replies = List.of(Reply.text(texts.get(lang, "error.generic")));
        }
        if (replies.isEmpty()) {
            return;
        }
        event.reply(renderer.render(replies.get(0), owner))
                .setEphemeral(ephemeral)
                .queue(
                        ok -> {},
                        error -> LOG.error(
                                "Could not answer interaction {}: {}", message.messageId(), ApiErrors.describe(error)));
        followUp(event.getHook(), replies.subList(1, replies.size()), owner, ephemeral, message);
    }

    private void followUp(
            InteractionHook hook, List<Reply> replies, String owner, boolean ephemeral, ChatMessage message) {
        for (Reply reply : replies) {
            hook.sendMessage(renderer.render(reply, owner))
                    .setEphemeral(ephemeral)
                    .queue(
                            ok -> {},
                            error -> LOG.error(
                                    "Could not send a follow-up for interaction {}: {}",
                                    message.messageId(),
                                    ApiErrors.describe(error)));
        }
    }

    private void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            // Only while the bot shuts down: the user can say it again once the bot is back.
            LOG.warn("A Discord message arrived while shutting down; not answered");
        }
    }

    /** The core's replies; an unexpected failure becomes an apology, never silence or a crash. */
    private List<Reply> converse(ChatMessage message, Lang lang) {
        try {
            return conversation.handle(message);
        } catch (RuntimeException e) {
            LOG.error("Failed to handle Discord message {}", message.messageId(), e);
            return List.of(Reply.text(texts.get(lang, "error.generic")));
        }
    }
}
