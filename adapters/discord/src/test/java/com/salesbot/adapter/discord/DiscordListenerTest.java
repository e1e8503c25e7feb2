package com.salesbot.adapter.discord;

import static com.salesbot.adapter.discord.DiscordMocks.user;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.salesbot.adapter.discord.DiscordMocks.Answers;
import com.salesbot.adapter.discord.DiscordMocks.IncomingMessage;
import com.salesbot.core.customer.CustomerSuggestions;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The listener on JDA's events as Mockito mocks, with the real core on in-memory stores behind it:
 * what a Discord user sends, what the core stores, and what goes back (content, embeds, buttons).
 */
class DiscordListenerTest {
    private static final Executor DIRECT = Runnable::run;

    private final TestWorld world = TestWorld.create();
    private final User aliceOnDiscord = user("111", "alice");
    private final User bobOnDiscord = user("222", "Bob");
    private Person alice;
    private DiscordListener listener;
    private final List<String> refusals = new java.util.ArrayList<>();

    @BeforeEach
    void givePeopleDiscordIdentities() {
        alice = world.alice().withIdentity("discord:111");
        world.directory().save(alice);
        world.directory().save(world.bob().withIdentity("discord:222"));
        listener = listenerWith(DIRECT, Duration.ofSeconds(2));
    }

    private DiscordListener listenerWith(Executor executor, Duration budget) {
        return new DiscordListener(
                world.engine()::handle,
                com.salesbot.core.conversation.ReactionHandler.NONE,
                new CustomerSuggestions(world.directory(), (team, typed, limit) -> List.of("Acme Corp", "Acme Labs")),
                executor,
                budget,
                null,
                java.util.Set.of(DiscordMocks.SERVED_GUILD),
                refusals::add);
    }

    private MessageCreateData channelMessage(IncomingMessage incoming) {
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(incoming.channel).sendMessage(data.capture());
        verify(incoming.channelSend).queue(any(), any());
        return data.getValue();
    }

    private MessageCreateData replyTo(IncomingMessage incoming) {
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(incoming.message).reply(data.capture());
        verify(incoming.replySend).queue(any(), any());
        return data.getValue();
    }

    private static MessageCreateData interactionReply(
            net.dv8tion.jda.api.interactions.callbacks.IReplyCallback event, Answers answers) {
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(data.capture());
        verify(answers.reply).queue(any(), any());
        return data.getValue();
    }

    private static List<String> buttonIds(MessageCreateData data) {
        return data.getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .map(Button::getCustomId)
                .toList();
    }

    // ---- messages ----

    @Test
    void aDirectMessageLogsTheVisitAndIsAnsweredInTheSameChannelWithAnUndoButton() {
        world.parser().on("visited Acme Corp today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Acme Corp"));
        IncomingMessage incoming = IncomingMessage.direct(aliceOnDiscord, "visited Acme Corp today", "m1");

        listener.onMessageReceived(incoming.event);

        MessageCreateData answer = channelMessage(incoming);
        assertThat(answer.getContent()).startsWith("Logged your visit to Acme Corp on 2026-11-27.");
        assertThat(buttonIds(answer)).containsExactly("choice:111:undo");
        assertThat(world.visits().countFor(alice.id(), Period.weekOf(TestWorld.TODAY)))
                .isEqualTo(1);
    }

    @Test
    void aChineseDirectMessageIsAnsweredInChineseWithAChineseUndoButton() {
        world.parser().on("今天拜访了华为技术", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "华为技术"));
        IncomingMessage incoming = IncomingMessage.direct(bobOnDiscord, "今天拜访了华为技术", "m2");

        listener.onMessageReceived(incoming.event);

        MessageCreateData answer = channelMessage(incoming);
        assertThat(answer.getContent()).startsWith("已记录你在 2026-11-27 拜访 华为技术。");
        assertThat(answer.getComponents()
                        .get(0)
                        .asActionRow()
                        .getButtons()
                        .get(0)
                        .getLabel())
                .isEqualTo("撤销");
    }

    @Test
    void aMentionInAServerIsAnsweredAsAReplyToThatMessage() {
        world.parser().on("team ranking", Intent.TEAM_RANKING, Entities.none());
        world.recordSale(world.alice(), "Globex", "12500", TestWorld.TODAY);
        IncomingMessage incoming = IncomingMessage.inGuild(aliceOnDiscord, "<@999> team ranking", "m3");

        listener.onMessageReceived(incoming.event);

        MessageCreateData answer = replyTo(incoming);
        assertThat(answer.getEmbeds()).singleElement().satisfies(embed -> {
            assertThat(embed.getTitle()).isEqualTo("Team ranking by sales, 2026-11-01 to 2026-11-30:");
            assertThat(embed.getDescription()).contains("**`1.` Alice — $12,500** ◀");
        });
        verify(incoming.channel, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void aServerMessageThatDoesNotMentionTheBotIsLeftAlone() {
        IncomingMessage incoming = IncomingMessage.inGuild(aliceOnDiscord, "visited Acme Corp today", "m4");

        listener.onMessageReceived(incoming.event);

        verify(incoming.message, never()).reply(any(MessageCreateData.class));
        assertThat(world.processed().wasHandled("discord::500:m4")).isFalse();
    }

    @Test
    void aMessageDeliveredTwiceIsStoredAndAnsweredOnce() {
        world.parser().on("visited Acme Corp today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Acme Corp"));
        IncomingMessage first = IncomingMessage.direct(aliceOnDiscord, "visited Acme Corp today", "m5");
        IncomingMessage again = IncomingMessage.direct(aliceOnDiscord, "visited Acme Corp today", "m5");

        listener.onMessageReceived(first.event);
        listener.onMessageReceived(again.event);

        verify(first.channel, times(1)).sendMessage(any(MessageCreateData.class));
        verify(again.channel, never()).sendMessage(any(MessageCreateData.class));
        assertThat(world.visits().countFor(alice.id(), Period.weekOf(TestWorld.TODAY)))
                .isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReplyTheBotMayNotPostIsExplainedToTheUserInADirectMessage() {
        world.parser().on("hi", Intent.SMALLTALK, Entities.none());
        IncomingMessage incoming = IncomingMessage.inGuild(aliceOnDiscord, "<@999> hi", "m6");
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        MessageCreateAction dm = mock(MessageCreateAction.class, RETURNS_SELF);
        when(aliceOnDiscord.openPrivateChannel()).thenReturn(open);
        when(open.flatMap(any())).thenAnswer(call -> {
            PrivateChannel channel = mock(PrivateChannel.class);
            when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(dm);
            ((java.util.function.Function<PrivateChannel, ?>) call.getArgument(0)).apply(channel);
            return dm;
        });

        listener.onMessageReceived(incoming.event);
        ArgumentCaptor<Consumer<Throwable>> failure = ArgumentCaptor.forClass(Consumer.class);
        verify(incoming.replySend).queue(any(), failure.capture());
        ErrorResponseException forbidden = mock(ErrorResponseException.class);
        when(forbidden.getErrorResponse()).thenReturn(ErrorResponse.MISSING_PERMISSIONS);
        when(forbidden.getErrorCode()).thenReturn(50013);
        when(forbidden.getMeaning()).thenReturn("Missing Permissions");
        failure.getValue().accept(forbidden);

        verify(dm).queue(any(), any());
    }

    @Test
    void aFailingCoreIsAnsweredWithAnApologyNotSilence() {
        DiscordListener failing = new DiscordListener(
                m -> {
                    throw new IllegalStateException("boom");
                },
                null,
                DIRECT,
                Duration.ZERO,
                null);
        IncomingMessage incoming = IncomingMessage.direct(aliceOnDiscord, "anything", "m7");

        failing.onMessageReceived(incoming.event);

        assertThat(channelMessage(incoming).getContent()).startsWith("Sorry, something went wrong on my side");
    }

    // ---- slash commands ----

    @Test
    void slashVisitWithOptionsLogsTheVisitAsTheSentenceItStandsFor() {
        world.parser()
                .on(
                        "visited Acme Corp today, met the CTO, follow up next Tuesday",
                        Intent.LOG_VISIT,
                        entities(Entities.CUSTOMER, "Acme Corp", Entities.CONTACT, "the CTO"));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event,
                aliceOnDiscord,
                "visit",
                Map.of("customer", "Acme Corp", "contact", "the CTO", "follow_up", "next Tuesday"),
                DiscordLocale.ENGLISH_US,
                "i1",
                true);

        listener.onSlashCommandInteraction(event);

        MessageCreateData answer = interactionReply(event, answers);
        assertThat(answer.getContent()).startsWith("Logged your visit to Acme Corp on 2026-11-27. Met: the CTO.");
        assertThat(buttonIds(answer)).containsExactly("choice:111:undo");
        verify(answers.reply).setEphemeral(false);
    }

    @Test
    void slashVisitWithoutACustomerOpensTheVisitFormInTheUsersLanguage() {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers =
                DiscordMocks.slash(event, bobOnDiscord, "visit", Map.of(), DiscordLocale.CHINESE_CHINA, "i2", true);

        listener.onSlashCommandInteraction(event);

        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(modal.capture());
        verify(answers.modal).queue(any(), any());
        assertThat(modal.getValue().getId()).isEqualTo("visit_form:zh");
        assertThat(modal.getValue().getTitle()).isEqualTo("记录拜访");
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void slashSaleWithAmountAndCurrencyLogsTheSale() {
        world.parser()
                .on(
                        "closed 12500 USD with Globex today",
                        Intent.LOG_SALE,
                        entities(Entities.CUSTOMER, "Globex", Entities.AMOUNT, 12500, Entities.CURRENCY, "USD"));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event,
                aliceOnDiscord,
                "sale",
                Map.of("customer", "Globex", "amount", "12500.0", "currency", "USD"),
                DiscordLocale.ENGLISH_UK,
                "i3",
                false);

        listener.onSlashCommandInteraction(event);

        assertThat(interactionReply(event, answers).getContent())
                .startsWith("Logged a sale of $12,500 with Globex on 2026-11-27.");
    }

    @Test
    void slashSaleFromAChineseClientIsReadAsAChineseSentenceAndAnsweredInChinese() {
        world.parser()
                .on(
                        "和华为技术签了50000元",
                        Intent.LOG_SALE,
                        entities(Entities.CUSTOMER, "华为技术", Entities.AMOUNT, 50000, Entities.CURRENCY, "CNY"));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event,
                bobOnDiscord,
                "sale",
                Map.of("customer", "华为技术", "amount", "50000", "currency", "CNY"),
                DiscordLocale.CHINESE_CHINA,
                "i4",
                false);

        listener.onSlashCommandInteraction(event);

        assertThat(interactionReply(event, answers).getContent()).startsWith("已记录成交：华为技术，¥50,000");
    }

    @Test
    void slashTargetInAServerShowsAProgressEmbedOnlyToTheAsker() {
        Period month = Period.monthOf(TestWorld.TODAY);
        world.recordTarget(world.alice(), Metric.SALES, month, "50000");
        world.recordSale(world.alice(), "Globex", "12500", TestWorld.TODAY);
        world.parser()
                .on(
                        "how am I doing against my sales target this month?",
                        Intent.MY_TARGET,
                        entities(Entities.METRIC, "sales", Entities.PERIOD, month));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event,
                aliceOnDiscord,
                "target",
                Map.of("metric", "sales", "period", "this_month"),
                DiscordLocale.ENGLISH_US,
                "i5",
                true);

        listener.onSlashCommandInteraction(event);

        MessageCreateData answer = interactionReply(event, answers);
        assertThat(answer.getContent()).contains("Achieved: $12,500 (25%)");
        assertThat(answer.getEmbeds())
                .singleElement()
                .satisfies(e -> assertThat(e.getDescription()).startsWith("`█████░"));
        verify(answers.reply).setEphemeral(true);
    }

    @Test
    void slashTargetFromAChineseClientAsksInChinese() {
        world.parser()
                .on(
                        "我本季度的拜访目标完成了多少？",
                        Intent.MY_TARGET,
                        entities(
                                Entities.METRIC,
                                "visits",
                                Entities.PERIOD,
                                new Period(java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 12, 31))));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event,
                bobOnDiscord,
                "target",
                Map.of("metric", "visits", "period", "this_quarter"),
                DiscordLocale.CHINESE_CHINA,
                "i6",
                false);

        listener.onSlashCommandInteraction(event);

        assertThat(interactionReply(event, answers).getContent()).startsWith("Bob 在 2026-10-01 至 2026-12-31 没有拜访");
    }

    @Test
    void slashRankingShowsTheLeaderboardEmbed() {
        world.recordSale(world.alice(), "Globex", "12500", TestWorld.TODAY);
        world.parser()
                .on(
                        "team ranking by sales this month",
                        Intent.TEAM_RANKING,
                        entities(Entities.METRIC, "sales", Entities.PERIOD, Period.monthOf(TestWorld.TODAY)));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers =
                DiscordMocks.slash(event, bobOnDiscord, "ranking", Map.of(), DiscordLocale.ENGLISH_US, "i7", true);

        listener.onSlashCommandInteraction(event);

        MessageCreateData answer = interactionReply(event, answers);
        assertThat(answer.getEmbeds().get(0).getDescription()).startsWith("`1.` Alice — $12,500");
        assertThat(answer.getEmbeds().get(0).getFooter().getText()).isEqualTo("You are #2 of 2.");
    }

    @Test
    void slashKudosMentionsThePickedUserInTheSentence() {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        DiscordMocks.slash(
                event,
                aliceOnDiscord,
                "kudos",
                Map.of("user", "222", "reason", "the Globex demo"),
                DiscordLocale.ENGLISH_US,
                "i8",
                true);
        world.parser().on("kudos to <@222> for the Globex demo", Intent.SMALLTALK, Entities.none());

        listener.onSlashCommandInteraction(event);

        verify(event).reply(any(MessageCreateData.class));
        assertThat(world.processed().wasHandled("discord::500:i8")).isTrue();
        assertThat(new SlashCommands(Texts.load())
                        .sentence("kudos", event::getOption, com.salesbot.core.kernel.Lang.ZH))
                .hasValue("给<@222>点赞，the Globex demo");
    }

    @Test
    void slashRemindBuildsTheReminderSentenceInBothLanguages() {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        DiscordMocks.slash(
                event,
                aliceOnDiscord,
                "remind",
                Map.of("what", "call Initech", "when", "tomorrow 9am"),
                DiscordLocale.ENGLISH_US,
                "i9",
                true);
        SlashCommands commands = new SlashCommands(Texts.load());

        assertThat(commands.sentence("remind", event::getOption, com.salesbot.core.kernel.Lang.EN))
                .hasValue("remind me tomorrow 9am to call Initech");
        assertThat(commands.sentence("remind", event::getOption, com.salesbot.core.kernel.Lang.ZH))
                .hasValue("tomorrow 9am提醒我call Initech");
    }

    @Test
    void slashSalesbotWithoutAMessageAsksForHelp() {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event, bobOnDiscord, "salesbot", Map.of(), DiscordLocale.CHINESE_TAIWAN, "i10", false);
        world.parser().on("帮助", Intent.HELP, Entities.none());

        listener.onSlashCommandInteraction(event);

        assertThat(interactionReply(event, answers).getContent()).startsWith("我可以帮你：");
    }

    @Test
    void theSameInteractionDeliveredTwiceIsAnsweredAndStoredOnce() {
        world.parser().on("visited Acme Corp today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Acme Corp"));
        SlashCommandInteractionEvent first = mock(SlashCommandInteractionEvent.class);
        SlashCommandInteractionEvent again = mock(SlashCommandInteractionEvent.class);
        DiscordMocks.slash(
                first,
                aliceOnDiscord,
                "visit",
                Map.of("customer", "Acme Corp"),
                DiscordLocale.ENGLISH_US,
                "i11",
                false);
        DiscordMocks.slash(
                again,
                aliceOnDiscord,
                "visit",
                Map.of("customer", "Acme Corp"),
                DiscordLocale.ENGLISH_US,
                "i11",
                false);

        listener.onSlashCommandInteraction(first);
        listener.onSlashCommandInteraction(again);

        verify(first).reply(any(MessageCreateData.class));
        verify(again, never()).reply(any(MessageCreateData.class));
        assertThat(world.visits().countFor(alice.id(), Period.weekOf(TestWorld.TODAY)))
                .isEqualTo(1);
    }

    @Test
    void aSlowCoreIsDeferredWithinTheBudgetAndAnsweredThroughTheHookWhenDone() {
        Queue<Runnable> later = new ArrayDeque<>();
        DiscordListener slow = listenerWith(later::add, Duration.ZERO);
        world.parser().on("visited Acme Corp today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Acme Corp"));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event,
                aliceOnDiscord,
                "visit",
                Map.of("customer", "Acme Corp"),
                DiscordLocale.ENGLISH_US,
                "i12",
                false);

        slow.onSlashCommandInteraction(event);

        verify(event).deferReply(false);
        verify(answers.defer).queue(any(), any());
        verify(answers.hook, never()).sendMessage(any(MessageCreateData.class));

        later.remove().run();

        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(answers.hook).sendMessage(data.capture());
        assertThat(data.getValue().getContent()).startsWith("Logged your visit to Acme Corp");
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    // ---- buttons, forms, autocomplete ----

    @Test
    void pressingUndoTakesBackTheLastVisit() {
        world.parser().on("visited Acme Corp today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Acme Corp"));
        world.parser().on("undo", Intent.UNDO, Entities.none());
        listener.onMessageReceived(IncomingMessage.direct(aliceOnDiscord, "visited Acme Corp today", "m20").event);
        ButtonInteractionEvent click = mock(ButtonInteractionEvent.class);
        Answers answers = DiscordMocks.button(click, aliceOnDiscord, "choice:111:undo", "i20");

        listener.onButtonInteraction(click);

        assertThat(interactionReply(click, answers).getContent())
                .startsWith("Undone: your visit (Acme Corp, 2026-11-27).");
        assertThat(world.visits().countFor(alice.id(), Period.weekOf(TestWorld.TODAY)))
                .isZero();
    }

    @Test
    void someoneElsePressingYourUndoIsToldPrivatelyAndNothingIsUndone() {
        world.recordVisit(world.bob(), "华为技术", TestWorld.TODAY);
        ButtonInteractionEvent click = mock(ButtonInteractionEvent.class);
        Answers answers = DiscordMocks.button(click, bobOnDiscord, "choice:111:undo", "i21");

        listener.onButtonInteraction(click);

        assertThat(interactionReply(click, answers).getContent())
                .isEqualTo("This button belongs to <@111>; yours are on your own messages.");
        verify(answers.reply).setEphemeral(true);
        assertThat(world.visits().countFor(world.bob().id(), Period.weekOf(TestWorld.TODAY)))
                .isEqualTo(1);
    }

    @Test
    void aChoiceButtonSendsItsValueToTheCoreAsTheClickersMessage() {
        world.parser().on("2", Intent.SMALLTALK, Entities.none());
        ButtonInteractionEvent click = mock(ButtonInteractionEvent.class);
        Answers answers = DiscordMocks.button(click, aliceOnDiscord, "choice:111:2", "i22");

        listener.onButtonInteraction(click);

        assertThat(interactionReply(click, answers).getContent()).startsWith("Hi Alice!");
        assertThat(world.processed().wasHandled("discord::700:i22")).isTrue();
    }

    @Test
    void theVisitFormLogsTheVisitFromItsFields() {
        world.parser()
                .on(
                        "visited Sunrise Dental today, met Dr. Lee. Notes: wants a quote",
                        Intent.LOG_VISIT,
                        entities(Entities.CUSTOMER, "Sunrise Dental", Entities.CONTACT, "Dr. Lee"));
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        Answers answers = DiscordMocks.modal(
                event,
                aliceOnDiscord,
                "visit_form:en",
                Map.of("customer", "Sunrise Dental", "contact", "Dr. Lee", "follow_up", "", "notes", "wants a quote"),
                "i30");

        listener.onModalInteraction(event);

        assertThat(interactionReply(event, answers).getContent())
                .startsWith("Logged your visit to Sunrise Dental on 2026-11-27. Met: Dr. Lee.");
    }

    @Test
    void aChineseVisitFormIsReadAsAChineseSentence() {
        world.parser()
                .on(
                        "今天拜访了华为技术，见了王经理，下周三跟进",
                        Intent.LOG_VISIT,
                        entities(Entities.CUSTOMER, "华为技术", Entities.CONTACT, "王经理"));
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        Answers answers = DiscordMocks.modal(
                event,
                bobOnDiscord,
                "visit_form:zh",
                Map.of("customer", "华为技术", "contact", "王经理", "follow_up", "下周三"),
                "i31");

        listener.onModalInteraction(event);

        assertThat(interactionReply(event, answers).getContent()).startsWith("已记录你在 2026-11-27 拜访 华为技术。见到：王经理。");
    }

    @Test
    void customerAutocompleteOffersTheTeamsCustomerNames() {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getName()).thenReturn("customer");
        when(query.getValue()).thenReturn("ac");
        when(event.getFocusedOption()).thenReturn(query);
        when(event.getUser()).thenReturn(aliceOnDiscord);
        AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class, RETURNS_SELF);
        when(event.replyChoiceStrings(anyList())).thenReturn(action);

        listener.onCommandAutoCompleteInteraction(event);

        verify(event).replyChoiceStrings(List.of("Acme Corp", "Acme Labs"));
        verify(action).queue(any(), any());
    }

    @Test
    void aStrangerGetsNoCustomerSuggestions() {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getName()).thenReturn("customer");
        when(query.getValue()).thenReturn("");
        when(event.getFocusedOption()).thenReturn(query);
        User stranger = user("333", "eve");
        when(event.getUser()).thenReturn(stranger);
        when(event.replyChoiceStrings(anyList())).thenReturn(mock(AutoCompleteCallbackAction.class, RETURNS_SELF));

        listener.onCommandAutoCompleteInteraction(event);

        verify(event).replyChoiceStrings(List.<String>of());
    }

    @Test
    void everyCommandIsDefinedWithTypedOptionsForServersAndDirectMessages() {
        var definitions = new SlashCommands(Texts.load()).definitions();

        assertThat(definitions)
                .extracting(d -> d.getName())
                .containsExactly("visit", "sale", "target", "ranking", "kudos", "remind", "salesbot");
        var sale = definitions.get(1);
        assertThat(sale.getOptions())
                .extracting(o -> o.getName() + ":" + o.getType())
                .containsExactly("customer:STRING", "amount:NUMBER", "currency:STRING");
        assertThat(sale.getOptions().get(0).isAutoComplete()).isTrue();
        assertThat(definitions.get(4).getOptions().get(0).getType())
                .isEqualTo(net.dv8tion.jda.api.interactions.commands.OptionType.USER);
        assertThat(definitions.get(3).getOptions().get(1).getChoices())
                .extracting(c -> c.getAsString())
                .contains("this_week", "this_month", "this_quarter");
        assertThat(definitions)
                .allSatisfy(d -> assertThat(d.getContexts())
                        .contains(
                                net.dv8tion.jda.api.interactions.InteractionContextType.GUILD,
                                net.dv8tion.jda.api.interactions.InteractionContextType.BOT_DM));
    }

    // ---- servers the bot does not serve ----

    @Test
    void aMentionFromAServerNotServedIsNotAnsweredNotHandledAndIsCounted() {
        world.parser().on("hi", Intent.SMALLTALK, Entities.none());
        IncomingMessage incoming = IncomingMessage.inGuild(aliceOnDiscord, "<@999> hi", "m40");
        Guild stranger = DiscordMocks.guild("601");
        when(incoming.event.getGuild()).thenReturn(stranger);

        listener.onMessageReceived(incoming.event);

        verify(incoming.message, never()).reply(any(MessageCreateData.class));
        verify(incoming.channel, never()).sendMessage(any(MessageCreateData.class));
        assertThat(world.processed().wasHandled("discord::500:m40")).isFalse();
        assertThat(refusals).containsExactly("message");
    }

    @Test
    void aSlashCommandFromAServerNotServedGetsAPrivateRefusalInTheUsersLanguageAndLogsNothing() {
        world.parser().on("visited Acme Corp today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Acme Corp"));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event,
                bobOnDiscord,
                "visit",
                Map.of("customer", "Acme Corp"),
                DiscordLocale.CHINESE_CHINA,
                "i40",
                true);
        Guild stranger = DiscordMocks.guild("601");
        when(event.getGuild()).thenReturn(stranger);

        listener.onSlashCommandInteraction(event);

        assertThat(interactionReply(event, answers).getContent()).isEqualTo("本机器人尚未为此服务器开通。");
        verify(answers.reply).setEphemeral(true);
        verify(event, never()).replyModal(any());
        assertThat(world.processed().wasHandled("discord::500:i40")).isFalse();
        assertThat(refusals).containsExactly("command");
    }

    @Test
    void aSlashCommandFromAServedServerIsAnsweredAsUsual() {
        world.parser().on("visited Acme Corp today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Acme Corp"));
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        Answers answers = DiscordMocks.slash(
                event, aliceOnDiscord, "visit", Map.of("customer", "Acme Corp"), DiscordLocale.ENGLISH_US, "i41", true);

        listener.onSlashCommandInteraction(event);

        assertThat(interactionReply(event, answers).getContent()).startsWith("Logged your visit to Acme Corp");
        assertThat(refusals).isEmpty();
    }

    // ---- start-up ----

    @Test
    void commandsAreRegisteredGloballyWhenNoDevelopmentServerIsSet() {
        JDA jda = mock(JDA.class);
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        when(jda.updateCommands()).thenReturn(update);

        listener.registerCommands(jda);

        verify(update).addCommands(anyCollection());
        verify(update).queue(any(), any());
    }

    @Test
    void withShardsOnlyShardZeroRegistersTheGlobalCommands() {
        JDA shardOne = mock(JDA.class);
        when(shardOne.getShardInfo()).thenReturn(new JDA.ShardInfo(1, 2));
        JDA shardZero = mock(JDA.class);
        when(shardZero.getShardInfo()).thenReturn(new JDA.ShardInfo(0, 2));
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        when(shardZero.updateCommands()).thenReturn(update);

        listener.registerCommands(shardOne);
        listener.registerCommands(shardZero);

        verify(shardOne, never()).updateCommands();
        verify(update).queue(any(), any());
    }

    @Test
    void withADevelopmentServerTheCommandsAreRegisteredThereOnly() {
        JDA jda = mock(JDA.class);
        Guild guild = mock(Guild.class);
        when(jda.getGuildById("42")).thenReturn(guild);
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        when(guild.updateCommands()).thenReturn(update);

        new DiscordListener(world.engine()::handle, null, DIRECT, Duration.ZERO, "42").registerCommands(jda);

        verify(update).addCommands(anyCollection());
        verify(update).queue(any(), any());
        verify(jda, never()).updateCommands();
    }

    @Test
    void aDevelopmentServerTheBotIsNotInRegistersNothingRatherThanEverywhere() {
        JDA jda = mock(JDA.class);

        new DiscordListener(world.engine()::handle, null, DIRECT, Duration.ZERO, "42").registerCommands(jda);

        verify(jda, never()).updateCommands();
    }
}
