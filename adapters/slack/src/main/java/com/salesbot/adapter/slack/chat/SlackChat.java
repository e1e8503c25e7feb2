package com.salesbot.adapter.slack.chat;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.salesbot.adapter.slack.render.BlockKitRenderer;
import com.salesbot.adapter.slack.webapi.SlackOutboundChat;
import com.salesbot.adapter.slack.webapi.SlackProfiles;
import com.salesbot.adapter.slack.webapi.WebApi;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.conversation.Reaction;
import com.salesbot.core.conversation.ReactionHandler;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.SpeakerResolver;
import com.salesbot.core.report.ReportForms;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a user can do with the bot in Slack, registered on a Bolt app: direct messages, mentions
 * in channels and threads, the slash commands, the buttons, the visit form and emoji reactions. Every handler only
 * checks for a repeated delivery and queues the work, then acknowledges Slack at once.
 */
public final class SlackChat {
    private static final Logger LOG = LoggerFactory.getLogger(SlackChat.class);
    private static final Pattern CORE_BUTTONS = Pattern.compile("^(" + Pattern.quote(BlockKitRenderer.UNDO_ACTION) + "|"
            + BlockKitRenderer.CHOICE_ACTION_PREFIX + "\\d+)$");

    private final SlackConversation conversation;
    private final FirstContact firstContact;
    private final Directory directory;
    private final WebApi api;
    private final SlackOutboundChat outbound;
    private final BlockKitRenderer renderer;
    private final RecentIds recent;
    private final Clock clock;
    private final ReactionHandler reactions;
    private final ReportForms reportForms;

    public SlackChat(
            ConversationEngine engine,
            Directory directory,
            OnboardingPolicy policy,
            WebApi api,
            SlackOutboundChat outbound,
            BlockKitRenderer renderer,
            Executor workers,
            Clock clock) {
        this(
                engine,
                ReactionHandler.NONE,
                ReportForms.none(directory),
                directory,
                policy,
                api,
                outbound,
                renderer,
                workers,
                clock);
    }

    /**
     * As above, with emoji reactions handed to {@code reactions} (kudos by 🏆) and report templates
     * offered as a modal from {@code reportForms}.
     */
    public SlackChat(
            ConversationEngine engine,
            ReactionHandler reactions,
            ReportForms reportForms,
            Directory directory,
            OnboardingPolicy policy,
            WebApi api,
            SlackOutboundChat outbound,
            BlockKitRenderer renderer,
            Executor workers,
            Clock clock) {
        this.reactions = reactions;
        this.reportForms = reportForms;
        this.firstContact = new FirstContact(directory, new SpeakerResolver(directory, policy), new SlackProfiles(api));
        this.conversation = new SlackConversation(engine, firstContact, workers);
        this.directory = directory;
        this.api = api;
        this.outbound = outbound;
        this.renderer = renderer;
        this.recent = new RecentIds(clock);
        this.clock = clock;
    }

    /** Registers every handler on {@code app}. */
    public void register(App app) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            // Only direct messages: channel messages reach the bot as app_mention. Edits, joins and
            // other bots' posts carry a subtype or a bot id.
            if (!"im".equals(e.getChannelType())
                    || e.getSubtype() != null
                    || e.getBotId() != null
                    || e.getUser() == null) {
                return ctx.ack();
            }
            if (!recent.firstTime(payload.getEventId())) {
                LOG.info("Ignored a repeated Slack event {} (retry {})", payload.getEventId(), ctx.getRetryNum());
                return ctx.ack();
            }
            Origin origin = new Origin(
                    ctx.getTeamId(),
                    e.getChannel(),
                    e.getUser(),
                    e.getText(),
                    e.getTs(),
                    Origin.instantOf(e.getTs(), clock.instant()),
                    true);
            conversation.answerLater(origin, reply -> outbound.post(e.getChannel(), e.getThreadTs(), reply));
            return ctx.ack();
        });

        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (e.getUser() == null || e.getBotId() != null) {
                return ctx.ack();
            }
            if (!recent.firstTime(payload.getEventId())) {
                LOG.info("Ignored a repeated Slack event {} (retry {})", payload.getEventId(), ctx.getRetryNum());
                return ctx.ack();
            }
            String text = withoutMention(e.getText(), ctx.getBotUserId());
            Origin origin = new Origin(
                    ctx.getTeamId(),
                    e.getChannel(),
                    e.getUser(),
                    text,
                    e.getTs(),
                    Origin.instantOf(e.getTs(), clock.instant()),
                    false);
            // A mention inside a thread is answered in that thread; a top-level one in the channel.
            conversation.answerLater(origin, reply -> outbound.post(e.getChannel(), e.getThreadTs(), reply));
            return ctx.ack();
        });

        app.event(ReactionAddedEvent.class, (payload, ctx) -> {
            ReactionAddedEvent e = payload.getEvent();
            ReactionAddedEvent.Item item = e.getItem();
            // Reactions to files, and to the bot's own messages, give nobody kudos.
            if (e.getUser() == null
                    || item == null
                    || !"message".equals(item.getType())
                    || e.getItemUser() == null
                    || e.getItemUser().equals(ctx.getBotUserId())) {
                return ctx.ack();
            }
            if (!recent.firstTime(payload.getEventId())) {
                LOG.info("Ignored a repeated Slack event {} (retry {})", payload.getEventId(), ctx.getRetryNum());
                return ctx.ack();
            }
            String team = ctx.getTeamId();
            conversation.later(() -> react(team, e));
            return ctx.ack();
        });

        for (String command : SlashCommandText.COMMANDS) {
            app.command(command, (req, ctx) -> {
                var p = req.getPayload();
                Origin origin = new Origin(
                        ctx.getTeamId(),
                        p.getChannelId(),
                        p.getUserId(),
                        SlashCommandText.toMessage(command, p.getText()),
                        // Slack does not retry commands; the trigger id is unique per invocation.
                        "command:" + p.getTriggerId(),
                        clock.instant(),
                        "directmessage".equals(p.getChannelName()));
                if (command.equals("/visit")
                        && (p.getText() == null || p.getText().isBlank())) {
                    conversation.later(() -> openVisitForm(origin, p.getTriggerId()));
                    return ctx.ack();
                }
                boolean offerForm = command.equals("/salesbot");
                conversation.answerLater(origin, reply -> respond(ctx, reply, offerForm));
                return ctx.ack();
            });
        }

        app.blockAction(CORE_BUTTONS, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            BlockActionPayload.Action action = p.getActions().get(0);
            BlockActionPayload.Container container = p.getContainer();
            String messageTs = container == null ? null : container.getMessageTs();
            // One button on one message acts once, however often it is clicked.
            String clickId = "button:" + messageTs + ":" + action.getActionId();
            if (messageTs != null && !recent.firstTime(clickId)) {
                return ctx.ack();
            }
            String channel = p.getChannel() == null ? "" : p.getChannel().getId();
            Origin origin = new Origin(
                    ctx.getTeamId(),
                    channel,
                    p.getUser().getId(),
                    action.getValue(),
                    messageTs == null ? "button:" + action.getActionTs() : clickId,
                    clock.instant(),
                    channel.startsWith("D"));
            boolean inConversation = !channel.isEmpty() && container != null && !container.isEphemeral();
            String thread = container == null ? null : container.getThreadTs();
            conversation.answerLater(
                    origin,
                    inConversation ? reply -> outbound.post(channel, thread, reply) : reply -> respond(ctx, reply));
            return ctx.ack();
        });

        app.blockAction(VisitModal.OPEN_ACTION, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            String channel = p.getChannel() == null ? "" : p.getChannel().getId();
            Origin origin =
                    new Origin(ctx.getTeamId(), channel, p.getUser().getId(), "", "form", clock.instant(), false);
            conversation.later(() -> openVisitForm(origin, p.getTriggerId()));
            return ctx.ack();
        });

        app.blockAction(BlockKitRenderer.REPORT_FORM_ACTION, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            String channel = p.getChannel() == null ? "" : p.getChannel().getId();
            Lang lang = Lang.fromCode(p.getActions().get(0).getValue());
            Origin origin =
                    new Origin(ctx.getTeamId(), channel, p.getUser().getId(), "", "form", clock.instant(), false);
            conversation.later(() -> openReportForm(origin, p.getTriggerId(), lang));
            return ctx.ack();
        });

        app.viewSubmission(ReportModal.CALLBACK_ID, (req, ctx) -> {
            View view = req.getPayload().getView();
            String user = req.getPayload().getUser().getId();
            List<String> questions = reportForms.questionsFor(
                    new Origin(ctx.getTeamId(), "", user, "", "", clock.instant(), true).identity());
            ReportModal.Submission form = ReportModal.Submission.read(view, questions.size());
            if (form.isEmpty()) {
                // Nothing to store; an empty report would only be a draft to replace later.
                return ctx.ack();
            }
            Origin origin = new Origin(
                    ctx.getTeamId(),
                    form.channel(),
                    user,
                    ReportForms.message(form.lang(), questions, form.answers()),
                    // Submitting the same form twice stores one report.
                    "form:" + view.getId(),
                    clock.instant(),
                    true);
            conversation.answerLater(origin, reply -> outbound.sendDirect(origin.identity(), reply));
            return ctx.ack();
        });

        app.viewSubmission(VisitModal.CALLBACK_ID, (req, ctx) -> {
            View view = req.getPayload().getView();
            VisitModal.Form form = VisitModal.Form.read(view);
            Map<String, String> errors = form.errors();
            if (!errors.isEmpty()) {
                return ctx.ackWithErrors(errors);
            }
            String user = req.getPayload().getUser().getId();
            Origin origin = new Origin(
                    ctx.getTeamId(),
                    form.channel(),
                    user,
                    form.toMessage(),
                    // Submitting the same form twice logs one visit.
                    "form:" + view.getId(),
                    clock.instant(),
                    true);
            conversation.answerLater(origin, reply -> outbound.sendDirect(origin.identity(), reply));
            return ctx.ack();
        });
    }

    /**
     * Hands a reaction to the core, after making sure the reactor and the author are known (their
     * names and zones come from users.info on first contact, as for messages), and posts its answer:
     * publicly in the channel, or a refusal visible to the reactor alone.
     */
    private void react(String team, ReactionAddedEvent e) {
        String channel = e.getItem().getChannel();
        String ts = e.getItem().getTs();
        Instant at = Origin.instantOf(e.getEventTs(), clock.instant());
        String reactorName = firstContact.introduce(new Origin(team, channel, e.getUser(), "", ts, at, false), Lang.EN);
        String authorName =
                firstContact.introduce(new Origin(team, channel, e.getItemUser(), "", ts, at, false), Lang.EN);
        reactions
                .react(new Reaction(
                        "slack",
                        team,
                        channel,
                        ts,
                        e.getUser(),
                        reactorName,
                        e.getItemUser(),
                        authorName,
                        e.getReaction(),
                        at))
                .ifPresent(answer -> {
                    Reply reply = answer.reply();
                    if (answer.onlyForReactor()) {
                        api.call(
                                "chat.postEphemeral",
                                c -> c.chatPostEphemeral(r ->
                                        r.channel(channel).user(e.getUser()).text(reply.text())));
                    } else {
                        outbound.post(channel, null, reply);
                    }
                });
    }

    private void openVisitForm(Origin origin, String triggerId) {
        firstContact.introduce(origin, Lang.EN);
        Lang lang = directory.byIdentity(origin.identity()).map(Person::lang).orElse(Lang.EN);
        View view = VisitModal.form(lang, origin.channel());
        api.call("views.open", c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    private void openReportForm(Origin origin, String triggerId, Lang lang) {
        firstContact.introduce(origin, lang);
        List<String> questions = reportForms.questionsFor(origin.identity());
        if (questions.isEmpty()) {
            return;
        }
        View view = ReportModal.form(lang, questions, origin.channel());
        api.call("views.open", c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    /** Slash command replies go back through the command's response URL, seen only by the user. */
    private void respond(SlashCommandContext ctx, Reply reply, boolean offerForm) {
        List<LayoutBlock> blocks = new ArrayList<>(renderer.render(reply));
        if (offerForm) {
            String label = VisitModal.buttonLabel(LanguageDetector.detect(reply.text()));
            blocks.add(actions(a -> a.blockId("salesbot_form")
                    .elements(List.of(
                            button(b -> b.actionId(VisitModal.OPEN_ACTION).text(plainText(label)))))));
        }
        try {
            check(ctx.respond(SlashCommandResponse.builder()
                    .responseType("ephemeral")
                    .text(reply.text())
                    .blocks(blocks)
                    .build()));
        } catch (IOException e) {
            LOG.warn("Could not answer a slash command through its response URL: {}", e.getMessage());
        }
    }

    private void respond(ActionContext ctx, Reply reply) {
        try {
            check(ctx.respond(ActionResponse.builder()
                    .responseType("ephemeral")
                    .replaceOriginal(false)
                    .text(reply.text())
                    .blocks(renderer.render(reply))
                    .build()));
        } catch (IOException e) {
            LOG.warn("Could not answer a button click through its response URL: {}", e.getMessage());
        }
    }

    private static void check(WebhookResponse response) {
        if (response.getCode() == null || response.getCode() != 200) {
            LOG.warn("Slack refused a response URL post: HTTP {} {}", response.getCode(), response.getBody());
        }
    }

    /** The message without the bot's own mention ("<@U0BOT> visited Acme" → "visited Acme"). */
    static String withoutMention(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String cleaned = botUserId == null ? text : text.replace("<@" + botUserId + ">", " ");
        return cleaned.strip().replaceAll("\\s{2,}", " ");
    }
}
