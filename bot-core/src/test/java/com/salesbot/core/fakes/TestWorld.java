package com.salesbot.core.fakes;

import com.salesbot.core.away.BackFromAwaySkill;
import com.salesbot.core.away.SetAwaySkill;
import com.salesbot.core.commission.CommissionPlans;
import com.salesbot.core.commission.MyCommissionSkill;
import com.salesbot.core.competitor.CompetitorSummarySkill;
import com.salesbot.core.competitor.LogCompetitorSkill;
import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.deal.DealUndo;
import com.salesbot.core.deal.UpdateDealSkill;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.engine.EngineSettings;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.UndoSkill;
import com.salesbot.core.export.ExportCsvSkill;
import com.salesbot.core.help.HelpSkill;
import com.salesbot.core.help.UnknownSkill;
import com.salesbot.core.history.CustomerInfoSkill;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.kudos.GiveKudosSkill;
import com.salesbot.core.kudos.KudosGiving;
import com.salesbot.core.kudos.KudosReaction;
import com.salesbot.core.kudos.KudosSettings;
import com.salesbot.core.kudos.ReactionKudos;
import com.salesbot.core.meeting.MeetingAgenda;
import com.salesbot.core.member.AddMemberSkill;
import com.salesbot.core.milestone.RecognitionSettings;
import com.salesbot.core.milestone.SaleMilestones;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.people.SpeakerResolver;
import com.salesbot.core.people.Team;
import com.salesbot.core.ranking.Scoreboard;
import com.salesbot.core.ranking.TeamRankingSkill;
import com.salesbot.core.ratelimit.RateLimitSettings;
import com.salesbot.core.ratelimit.RateLimiter;
import com.salesbot.core.reminder.CancelReminderSkill;
import com.salesbot.core.reminder.FollowUpReminders;
import com.salesbot.core.reminder.ListRemindersSkill;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import com.salesbot.core.reminder.SetReminderSkill;
import com.salesbot.core.reminder.TeamChannels;
import com.salesbot.core.report.DailyReportSkill;
import com.salesbot.core.report.DigestThreads;
import com.salesbot.core.report.DigestWriter;
import com.salesbot.core.report.ManagerDigest;
import com.salesbot.core.report.MissingReportsSkill;
import com.salesbot.core.report.ReportRules;
import com.salesbot.core.risk.RiskAlertsSkill;
import com.salesbot.core.risk.RiskFinder;
import com.salesbot.core.risk.RiskSettings;
import com.salesbot.core.sale.LogSaleSkill;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillCatalog;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.smalltalk.SmalltalkSkill;
import com.salesbot.core.stats.StatsQuerySkill;
import com.salesbot.core.target.MyTargetSkill;
import com.salesbot.core.target.SetTargetSkill;
import com.salesbot.core.target.Target;
import com.salesbot.core.telemetry.Telemetry;
import com.salesbot.core.visit.LogVisitSkill;
import com.salesbot.core.visit.Visit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A complete core on in-memory fakes: team "West" (USD, one yuan = 0.14 dollars) with reps Alice and
 * Bob, manager Carol and admin Dana, every skill registered, and a {@link ScriptedIntentParser} so
 * tests say what a message means instead of depending on the NLU module. The clock stands at Friday
 * 2026-11-27 10:00 in Asia/Shanghai until a test moves it.
 *
 * <p>Messages arrive as Slack messages from workspace {@value #WORKSPACE}; each person's identity is
 * {@code slack:TWEST/U<ID>}, so a mention of {@code UALICE} finds Alice.
 */
public final class TestWorld {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A Friday in a 30-day month. */
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    public static final LocalDate TODAY = NOW.toLocalDate();
    public static final String PLATFORM = "slack";
    public static final String WORKSPACE = "TWEST";
    public static final String CHANNEL = "CSALES";
    public static final String TEAM_ID = "west";
    public static final BigDecimal CNY_TO_USD = new BigDecimal("0.14");

    private final FixedClock clock;
    private final DatabaseSwitch database = new DatabaseSwitch();
    private final InMemoryDirectory directory = new InMemoryDirectory(database);
    private final InMemoryProcessedMessages processed = new InMemoryProcessedMessages(database);
    private final InMemoryVisitStore visits = new InMemoryVisitStore(database);
    private final InMemorySaleStore sales = new InMemorySaleStore(database);
    private final InMemoryTargetStore targets = new InMemoryTargetStore(database);
    private final InMemoryReportStore reports = new InMemoryReportStore(database);
    private final InMemoryRecognitionStore recognitions = new InMemoryRecognitionStore(database);
    private final InMemoryDealStore deals = new InMemoryDealStore(database);
    private final InMemoryCompetitorNoteStore competitorNotes = new InMemoryCompetitorNoteStore(database);
    private final InMemoryCustomerRecords customerRecords = new InMemoryCustomerRecords(visits, sales);
    private final List<Reply> announced = new ArrayList<>();
    private final RecordingChartRenderer charts = new RecordingChartRenderer();
    private final InMemoryCelebrationStore celebrations = new InMemoryCelebrationStore(database);
    private final Announcements announcements;
    private final InMemoryReminderStore reminders = new InMemoryReminderStore(database);
    private final InMemoryAbsenceStore absences = new InMemoryAbsenceStore(database);
    private final InMemoryReportDrafts reportDrafts = new InMemoryReportDrafts(database);
    private final RecordingOutboundChat outbound = new RecordingOutboundChat(PLATFORM);
    private final List<OutboundChat> platforms = new CopyOnWriteArrayList<>(List.of(outbound));
    private final InMemoryDigestThreads digestThreadStore = new InMemoryDigestThreads(database);
    private final DigestThreads digestThreads;
    private final TeamChannels teamChannels;
    private final Messages messages = Messages.load();
    private final IntentParser parser;
    private final SkillCatalog catalog;
    private final ConversationEngine engine;
    private final ReactionKudos reactions;
    private final Team team;
    private final Person alice;
    private final Person bob;
    private final Person carol;
    private final Person admin;
    private final RiskFinder riskFinder;
    private final RecognitionSettings recognition;
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger reminderIds = new AtomicInteger();

    private TestWorld(Builder builder) {
        clock = FixedClock.at(builder.now, ZONE);
        recognition = builder.recognition;
        teamChannels = teamId -> builder.teamChannel == null || !teamId.equals(TEAM_ID)
                ? Optional.empty()
                : Optional.of(builder.teamChannel);
        digestThreads = new DigestThreads(digestThreadStore, digestWriter(), directory, () -> platforms);
        parser = builder.parser != null ? builder.parser : new ScriptedIntentParser();
        announcements = new Announcements() {
            @Override
            public boolean toTeam(String teamId, Reply reply) {
                announced.add(reply);
                return true;
            }

            @Override
            public boolean isChannelOf(String teamId, String messageKey) {
                return builder.recognitionChannel != null
                        && messageKey.startsWith(
                                ChatMessage.channelKey(PLATFORM, WORKSPACE, builder.recognitionChannel));
            }
        };
        team = new Team(TEAM_ID, "West", "USD", Map.of("CNY", CNY_TO_USD), ZONE);
        directory.saveTeam(team);
        alice = addPerson("alice", "Alice", Role.REP, TEAM_ID, Lang.EN);
        bob = addPerson("bob", "Bob", Role.REP, TEAM_ID, Lang.ZH);
        carol = addPerson("carol", "Carol", Role.MANAGER, TEAM_ID, Lang.EN);
        admin = addPerson("dana", "Dana", Role.ADMIN, TEAM_ID, Lang.EN);

        PersonLookup lookup = new PersonLookup(directory);
        Scoreboard scoreboard = new Scoreboard(visits, sales, recognitions);
        KudosGiving giving = new KudosGiving(recognitions, builder.kudos, announcements);
        riskFinder = new RiskFinder(directory, targets, scoreboard::achieved, customerRecords, deals, builder.risk);
        List<Skill> skills = new ArrayList<>(List.of(
                new LogVisitSkill(visits, new FollowUpReminders(reminders, messages, clock)),
                builder.milestones
                        ? new LogSaleSkill(
                                sales,
                                new SaleMilestones(sales, targets, celebrations, announcements, builder.recognition))
                        : new LogSaleSkill(sales),
                new MyTargetSkill(targets, scoreboard, lookup, charts),
                new SetTargetSkill(targets, lookup),
                new TeamRankingSkill(scoreboard, directory, charts),
                new DailyReportSkill(reports, reportDrafts, builder.reportRules, visits, sales, digestThreads),
                new UndoSkill(Map.of(
                        EntryKind.VISIT, visits,
                        EntryKind.SALE, sales,
                        EntryKind.REPORT, reports,
                        EntryKind.KUDOS, recognitions,
                        EntryKind.DEAL, new DealUndo(deals),
                        EntryKind.COMPETITOR_NOTE, competitorNotes)),
                new UpdateDealSkill(deals, customerRecords),
                new CustomerInfoSkill(customerRecords, deals, directory),
                new LogCompetitorSkill(competitorNotes),
                new CompetitorSummarySkill(competitorNotes, directory),
                new RiskAlertsSkill(riskFinder),
                new ExportCsvSkill(new InMemoryExportRecords(visits, sales, reports), directory),
                new GiveKudosSkill(lookup, giving),
                new MyCommissionSkill(builder.commission, targets, sales, lookup, directory),
                new AddMemberSkill(directory, lookup),
                new SetReminderSkill(
                        reminders,
                        lookup,
                        directory,
                        teamChannels,
                        () -> String.format("%012d", reminderIds.incrementAndGet())),
                new ListRemindersSkill(reminders, directory),
                new CancelReminderSkill(reminders, directory),
                new MissingReportsSkill(reports, directory, absences),
                new SetAwaySkill(absences),
                new BackFromAwaySkill(absences),
                new StatsQuerySkill(new InMemoryStats(visits, sales, recognitions), directory, lookup, charts),
                new HelpSkill(),
                new SmalltalkSkill(),
                new UnknownSkill()));
        // An extra skill stands in for the standard one of its intent (tests stub a skill that way).
        skills.removeIf(s -> builder.extraSkills.stream()
                .anyMatch(extra -> extra.spec().intent() == s.spec().intent()));
        skills.addAll(builder.extraSkills);
        catalog = new SkillCatalog(skills);
        SpeakerResolver speakers =
                new SpeakerResolver(directory, new OnboardingPolicy(builder.openWorkspace, TEAM_ID, ZONE));
        engine = new ConversationEngine(
                parser,
                catalog,
                speakers,
                directory,
                processed,
                messages,
                clock,
                builder.settings,
                new RateLimiter(builder.rateLimit, clock),
                builder.telemetry);
        reactions = new ReactionKudos(builder.kudosReaction, giving, speakers, directory, processed, messages, clock);
    }

    /** The standard world: closed workspace, scripted parser, all skills. */
    public static TestWorld create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options for a non-standard world. */
    public static final class Builder {
        private LocalDateTime now = NOW;
        private boolean openWorkspace;
        private IntentParser parser;
        private final List<Skill> extraSkills = new ArrayList<>();
        private EngineSettings settings = EngineSettings.defaults();
        private KudosSettings kudos = KudosSettings.defaults();
        private CommissionPlans commission = CommissionPlans.none();
        private boolean milestones;
        private RecognitionSettings recognition = RecognitionSettings.defaults();
        private ReportRules reportRules = ReportRules.none();
        private KudosReaction kudosReaction = KudosReaction.defaults();
        private String recognitionChannel;
        private Recipient.Channel teamChannel;
        private RiskSettings risk = RiskSettings.defaults();
        private RateLimitSettings rateLimit = RateLimitSettings.unlimited();
        private Telemetry telemetry = Telemetry.NONE;

        private Builder() {}

        /** Limits each sender's messages, on the world's clock (unlimited by default). */
        public Builder rateLimit(RateLimitSettings settings) {
            this.rateLimit = settings;
            return this;
        }

        /** Reports the engine's work to this sink. */
        public Builder telemetry(Telemetry sink) {
            this.telemetry = sink;
            return this;
        }

        /** Another emoji for kudos by reaction than 🏆 / {@code :trophy:}. */
        public Builder kudosReaction(KudosReaction reaction) {
            this.kudosReaction = reaction;
            return this;
        }

        /** Makes Slack channel {@code channel} of the workspace the team's recognition channel. */
        public Builder recognitionChannel(String channel) {
            this.recognitionChannel = channel;
            return this;
        }

        /** Makes Slack channel {@code channel} of the workspace the one "remind the team" posts to. */
        public Builder teamChannel(String channel) {
            return teamChannel(new Recipient.Channel(PLATFORM, WORKSPACE, channel));
        }

        /** Makes {@code channel}, on any platform, the team's channel (team reminders, the daily digest). */
        public Builder teamChannel(Recipient.Channel channel) {
            this.teamChannel = channel;
            return this;
        }

        /** Daily-report cut-offs (none by default: only reports for an earlier day are late). */
        public Builder reportRules(ReportRules rules) {
            this.reportRules = rules;
            return this;
        }

        /** Engine tuning, e.g. a clarification threshold. */
        public Builder settings(EngineSettings engineSettings) {
            this.settings = engineSettings;
            return this;
        }

        /** Celebrates milestones after each sale (off by default, so sale confirmations stay short). */
        public Builder milestones(RecognitionSettings settings) {
            this.milestones = true;
            this.recognition = settings;
            return this;
        }

        /** Which teams hide figures in public posts, without turning milestones on. */
        public Builder recognition(RecognitionSettings settings) {
            this.recognition = settings;
            return this;
        }

        /** Commission plans by team (none by default). */
        public Builder commission(CommissionPlans plans) {
            this.commission = plans;
            return this;
        }

        /** Key customers and risk thresholds other than the defaults. */
        public Builder risk(RiskSettings settings) {
            this.risk = settings;
            return this;
        }

        /** Kudos caps other than five a day. */
        public Builder kudos(KudosSettings kudosSettings) {
            this.kudos = kudosSettings;
            return this;
        }

        /** Starts the clock at another local time in {@link #ZONE}. */
        public Builder at(LocalDateTime localNow) {
            this.now = localNow;
            return this;
        }

        /** Open workspaces register unknown senders as reps of West; closed ones (the default) refuse them. */
        public Builder openWorkspace(boolean open) {
            this.openWorkspace = open;
            return this;
        }

        /** Uses another parser instead of the scripted one ({@link #tell} then no longer works). */
        public Builder parser(IntentParser customParser) {
            this.parser = customParser;
            return this;
        }

        /** Registers one more skill after the standard ones. */
        public Builder extraSkill(Skill skill) {
            this.extraSkills.add(skill);
            return this;
        }

        public TestWorld build() {
            return new TestWorld(this);
        }
    }

    // ---- the parts ----

    public ConversationEngine engine() {
        return engine;
    }

    /** Kudos by emoji reaction, on this world's stores and rules. */
    public ReactionKudos reactions() {
        return reactions;
    }

    public SkillCatalog catalog() {
        return catalog;
    }

    public Messages messages() {
        return messages;
    }

    public FixedClock clock() {
        return clock;
    }

    /** The one switch all of this world's stores share. */
    public DatabaseSwitch database() {
        return database;
    }

    public InMemoryDirectory directory() {
        return directory;
    }

    public InMemoryProcessedMessages processed() {
        return processed;
    }

    public InMemoryVisitStore visits() {
        return visits;
    }

    public InMemorySaleStore sales() {
        return sales;
    }

    public InMemoryTargetStore targets() {
        return targets;
    }

    public InMemoryReportStore reports() {
        return reports;
    }

    public InMemoryRecognitionStore recognitions() {
        return recognitions;
    }

    public InMemoryDealStore deals() {
        return deals;
    }

    /** The risk finder behind risk alerts and the weekly digest. */
    public RiskFinder riskFinder() {
        return riskFinder;
    }

    public InMemoryCompetitorNoteStore competitorNotes() {
        return competitorNotes;
    }

    public InMemoryCustomerRecords customerRecords() {
        return customerRecords;
    }

    public InMemoryCelebrationStore celebrations() {
        return celebrations;
    }

    /** The port that posts to the team's recognition channel; what it posted is in {@link #announced()}. */
    public Announcements announcements() {
        return announcements;
    }

    /** The charts skills asked for. */
    public RecordingChartRenderer charts() {
        return charts;
    }

    /** What was posted to the team's recognition channel, oldest first. */
    public List<Reply> announced() {
        return List.copyOf(announced);
    }

    public InMemoryReminderStore reminders() {
        return reminders;
    }

    /** Who is away when. */
    public InMemoryAbsenceStore absences() {
        return absences;
    }

    /** What the scheduler sent to Slack, "identity: text". */
    public RecordingOutboundChat outbound() {
        return outbound;
    }

    /** A scheduler on this world's reminders, clock and outbound chat. */
    public Scheduler scheduler(SchedulerSettings settings) {
        return new Scheduler(
                reminders,
                directory,
                List.of(outbound),
                messages,
                clock,
                settings,
                "test",
                List.of(new MeetingAgenda(
                        directory,
                        new InMemoryStats(visits, sales, recognitions),
                        deals,
                        messages,
                        targets,
                        recognition)),
                List.of(),
                absences);
    }

    /**
     * Another platform the scheduler and the digest threads deliver through (a real adapter, say); it
     * stands in for the recording one when both are {@code slack}.
     */
    public void addPlatform(OutboundChat platform) {
        platforms.removeIf(p -> p.platform().equals(platform.platform()));
        platforms.add(platform);
    }

    /** Each team's daily digests already in a channel thread. */
    public InMemoryDigestThreads digestThreadStore() {
        return digestThreadStore;
    }

    /** The managers' digest at {@code time} on workdays: in the team's channel when it has one, else by DM. */
    public ManagerDigest digest(LocalTime time) {
        return new ManagerDigest(
                reminders,
                directory,
                digestWriter(),
                messages,
                () -> List.of(TEAM_ID),
                time,
                Map.of(),
                teamChannels,
                digestThreads);
    }

    /** A scheduler that plans and delivers {@code digest} (and agendas) through every platform of this world. */
    public Scheduler scheduler(SchedulerSettings settings, ManagerDigest digest) {
        return new Scheduler(
                reminders,
                directory,
                platforms,
                messages,
                clock,
                settings,
                "test",
                List.of(digest),
                List.of(digest),
                absences);
    }

    private DigestWriter digestWriter() {
        return new DigestWriter(directory, reports, visits, sales, absences, messages);
    }

    /** The scripted parser; fails when the world was built with another parser. */
    public ScriptedIntentParser parser() {
        if (parser instanceof ScriptedIntentParser scripted) {
            return scripted;
        }
        throw new IllegalStateException("this world was built with a custom parser");
    }

    public Team team() {
        return team;
    }

    public Person alice() {
        return alice;
    }

    public Person bob() {
        return bob;
    }

    public Person carol() {
        return carol;
    }

    /** Dana, the admin. */
    public Person admin() {
        return admin;
    }

    // ---- more people and teams ----

    /** Saves a person with id {@code id} and identity {@code slack:TWEST/U<ID>}. */
    public Person addPerson(String id, String name, Role role, String teamId, Lang lang) {
        Person person = new Person(new PersonId(id), name, teamId, role, ZONE, lang, List.of(identityOf(id)));
        directory.save(person);
        return person;
    }

    /** Saves an English-speaking person of team West. */
    public Person addPerson(String id, String name, Role role) {
        return addPerson(id, name, role, TEAM_ID, Lang.EN);
    }

    /** Saves another team in the same zone with no exchange rates. */
    public Team addTeam(String id, String name, String currency) {
        Team other = new Team(id, name, currency, Map.of(), ZONE);
        directory.saveTeam(other);
        return other;
    }

    /** The Slack user id used for a person id, e.g. {@code UALICE}; mention it to name them. */
    public static String userIdOf(String personId) {
        return "U" + personId.toUpperCase(Locale.ROOT);
    }

    /** The platform identity of a person id, e.g. {@code slack:TWEST/UALICE}. */
    public static String identityOf(String personId) {
        return PLATFORM + ":" + WORKSPACE + "/" + userIdOf(personId);
    }

    // ---- talking to the bot ----

    /** A fresh message from a known person, with a message id never used before. */
    public ChatMessage message(Person from, String text) {
        return messageFrom(userIdOf(from.id().value()), from.displayName(), text);
    }

    /** A message from a known person in another channel of the workspace. */
    public ChatMessage messageIn(String channel, Person from, String text) {
        return new ChatMessage(
                PLATFORM,
                WORKSPACE,
                channel,
                userIdOf(from.id().value()),
                from.displayName(),
                text,
                "m" + sequence.incrementAndGet(),
                clock.instant(),
                false);
    }

    /** A fresh message from any Slack user id of the workspace, known or not. */
    public ChatMessage messageFrom(String senderId, String senderName, String text) {
        return new ChatMessage(
                PLATFORM,
                WORKSPACE,
                CHANNEL,
                senderId,
                senderName,
                text,
                "m" + sequence.incrementAndGet(),
                clock.instant(),
                false);
    }

    /** Delivers a message (again, if a test wants a redelivery) to the engine. */
    public List<Reply> deliver(ChatMessage message) {
        return engine.handle(message);
    }

    /** Sends a fresh message from a known person; the parser reads it as scripted or as unknown. */
    public List<Reply> send(Person from, String text) {
        return deliver(message(from, text));
    }

    /**
     * Scripts {@code text} to mean {@code intent} with {@code entities} (in the language the text is
     * written in), sends it from {@code from} and returns the one reply.
     */
    public Reply tell(Person from, String text, Intent intent, Entities entities) {
        parser().on(text, intent, entities);
        return only(send(from, text));
    }

    /** As {@link #tell(Person, String, Intent, Entities)} with no entities. */
    public Reply tell(Person from, String text, Intent intent) {
        return tell(from, text, intent, Entities.none());
    }

    /** As {@link #tell(Person, String, Intent, Entities)}, with the language the parser reports forced. */
    public Reply tell(Person from, String text, Intent intent, Entities entities, Lang lang) {
        parser().on(text, new ParsedMessage(intent, 0.95, lang, entities));
        return only(send(from, text));
    }

    /**
     * A skill context as the engine would build it for {@code speaker}, for calling a skill directly
     * (to repeat the very same source, say). The language follows the text.
     */
    public SkillContext context(Person speaker, String text, Entities entities) {
        ChatMessage message = message(speaker, text);
        return new SkillContext(
                speaker,
                directory.team(speaker.teamId()).orElseThrow(),
                LanguageDetector.detect(text),
                ZonedDateTime.now(clock.withZone(speaker.zone())),
                text,
                entities,
                new Source(speaker.id(), message.messageKey(), clock.instant()),
                catalog.specs(),
                messages);
    }

    /** The skill registered for an intent. */
    public Skill skill(Intent intent) {
        return catalog.find(intent).orElseThrow();
    }

    /** Moves the clock. */
    public void advance(Duration duration) {
        clock.advance(duration);
    }

    // ---- records written behind the bot's back ----

    /** Stores a sale in dollars (the team currency) as if logged earlier through the bot. */
    public Sale recordSale(Person rep, String customer, String dollars, LocalDate date) {
        Money amount = Money.of(dollars, "USD");
        Sale sale = new Sale(
                UUID.randomUUID().toString(), rep.id(), rep.teamId(), customer, amount, amount, date, seedSource(rep));
        sales.add(sale);
        return sale;
    }

    /** Stores a visit as if logged earlier through the bot. */
    public Visit recordVisit(Person rep, String customer, LocalDate date) {
        Visit visit = new Visit(
                UUID.randomUUID().toString(),
                rep.id(),
                rep.teamId(),
                customer,
                null,
                date,
                null,
                null,
                "visited " + customer,
                seedSource(rep));
        visits.add(visit);
        return visit;
    }

    /** Stores a target as if a manager had set it. */
    public Target recordTarget(Person rep, Metric metric, Period period, String amount) {
        Target target = new Target(rep.id(), rep.teamId(), metric, period, new BigDecimal(amount), seedSource(carol));
        targets.set(target);
        return target;
    }

    private Source seedSource(Person author) {
        return new Source(author.id(), "seed:" + sequence.incrementAndGet(), clock.instant());
    }

    // ---- small helpers for tests ----

    /**
     * Entities from alternating keys and values; whole numbers become {@link BigDecimal} amounts and a
     * {@code String[]} becomes a persons list.
     */
    public static Entities entities(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value instanceof Integer || value instanceof Long) {
                value = BigDecimal.valueOf(((Number) value).longValue());
            } else if (value instanceof String[] array) {
                value = List.of(array);
            }
            values.put((String) keysAndValues[i], value);
        }
        return new Entities(values);
    }

    /** The single reply of a list, failing clearly when there is none or several. */
    public static Reply only(List<Reply> replies) {
        if (replies.size() != 1) {
            throw new AssertionError("expected exactly one reply but got " + replies);
        }
        return replies.get(0);
    }
}
