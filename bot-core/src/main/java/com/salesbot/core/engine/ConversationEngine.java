package com.salesbot.core.engine;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.conversation.ProcessedMessages;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.kernel.StoreUnavailableException;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.SpeakerResolver;
import com.salesbot.core.people.Team;
import com.salesbot.core.ratelimit.RateLimiter;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillCatalog;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import com.salesbot.core.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Message → speaker → intent → skill → reply. Checks roles and required entities from the skill's
 * spec, asks instead of guessing when unsure, completes a message with the answer to its question,
 * answers a second delivery of a message with silence, and never confirms a write the database did
 * not acknowledge.
 */
public final class ConversationEngine {
    /** Slack's own limit on a message; longer input is refused rather than parsed. */
    public static final int MAX_MESSAGE_LENGTH = 40_000;

    /** How sure a reading must be for an answer to count as a new request instead. */
    private static final double NEW_REQUEST_CONFIDENCE = 0.7;

    /** How long a claim on a message holds if this instance dies while answering it. */
    private static final Duration CLAIM_LEASE = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(ConversationEngine.class.getName());

    private final IntentParser parser;
    private final SkillCatalog catalog;
    private final SpeakerResolver speakers;
    private final Directory directory;
    private final ProcessedMessages processed;
    private final Messages messages;
    private final Clock clock;
    private final EngineSettings settings;
    private final WriteClock writeClock;
    private final Dialogues dialogues = new Dialogues();
    private final AnswerReader answers;
    private final RateLimiter rateLimiter;
    private final Telemetry telemetry;

    public ConversationEngine(
            IntentParser parser,
            SkillCatalog catalog,
            SpeakerResolver speakers,
            Directory directory,
            ProcessedMessages processed,
            Messages messages,
            Clock clock) {
        this(parser, catalog, speakers, directory, processed, messages, clock, EngineSettings.defaults());
    }

    public ConversationEngine(
            IntentParser parser,
            SkillCatalog catalog,
            SpeakerResolver speakers,
            Directory directory,
            ProcessedMessages processed,
            Messages messages,
            Clock clock,
            EngineSettings settings) {
        this(
                parser,
                catalog,
                speakers,
                directory,
                processed,
                messages,
                clock,
                settings,
                RateLimiter.unlimited(),
                Telemetry.NONE);
    }

    /** With a per-sender rate limit and a telemetry sink (the running application's wiring). */
    public ConversationEngine(
            IntentParser parser,
            SkillCatalog catalog,
            SpeakerResolver speakers,
            Directory directory,
            ProcessedMessages processed,
            Messages messages,
            Clock clock,
            EngineSettings settings,
            RateLimiter rateLimiter,
            Telemetry telemetry) {
        this.rateLimiter = rateLimiter;
        this.telemetry = telemetry;
        this.parser = parser;
        this.catalog = catalog;
        this.speakers = speakers;
        this.directory = directory;
        this.processed = processed;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
        this.writeClock = new WriteClock(clock);
        this.answers = new AnswerReader(parser);
    }

    /** Answers one message; an empty list means "already answered this delivery". */
    public List<Reply> handle(ChatMessage message) {
        long started = System.nanoTime();
        Lang lang = LanguageDetector.detect(message.text());
        String key = message.messageKey();
        String outcome = "answered";
        boolean claimed = false;
        try {
            // The limiter first: a flood it refuses writes nothing. A platform's repeat of a message
            // already answered stays silent, limited or not.
            if (!rateLimiter.tryAcquire(message.platform(), message.identity())) {
                if (processed.wasHandled(key)) {
                    outcome = "duplicate";
                    return List.of();
                }
                outcome = "rate_limited";
                return List.of(Reply.text(messages.get(lang, "error.rate_limited")));
            }
            // One write decides: a platform's repeat of a message already answered (or being answered by
            // another instance) finds the key taken and gets no second answer.
            if (!processed.claim(key, clock.instant(), CLAIM_LEASE)) {
                // A repeat is not a new message: it does not count against the sender.
                rateLimiter.refund(message.platform(), message.identity());
                outcome = "duplicate";
                return List.of();
            }
            claimed = true;
            List<Reply> replies = answer(message, lang);
            processed.markHandled(key, clock.instant());
            claimed = false;
            return replies;
        } catch (StoreUnavailableException e) {
            outcome = "store_unavailable";
            LOG.log(Level.WARNING, "database unavailable while handling a message: " + e.getMessage());
            return List.of(Reply.text(messages.get(lang, "error.store_unavailable")));
        } finally {
            if (claimed) {
                releaseQuietly(key);
            }
            telemetry.messageHandled(outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void releaseQuietly(String key) {
        try {
            processed.release(key);
        } catch (RuntimeException e) {
            // The database is still away: the claim lapses after its lease instead.
            LOG.log(Level.FINE, "could not release a claim: " + e.getMessage());
        }
    }

    /** One message's reading, whether parsed fresh or completed from an earlier question. */
    private record Turn(Intent intent, Entities entities, Lang lang, String text) {}

    private List<Reply> answer(ChatMessage message, Lang detected) {
        String text = message.text().strip();
        if (text.isEmpty()) {
            return List.of(Reply.text(messages.get(detected, "error.empty")));
        }
        if (text.length() > MAX_MESSAGE_LENGTH) {
            return List.of(Reply.text(messages.get(detected, "error.too_long", MAX_MESSAGE_LENGTH)));
        }
        Optional<Person> found = speakers.resolve(message.identity(), message.displayName(), detected);
        if (found.isEmpty()) {
            return List.of(Reply.text(messages.get(detected, "error.not_registered")));
        }
        Person speaker = found.get();
        Team team = directory
                .team(speaker.teamId())
                .orElseThrow(() -> new IllegalStateException("person " + speaker.id() + " has no team"));
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(speaker.zone()));
        Optional<Pending> pending = dialogues.take(speaker.id(), now.toInstant());
        if (pending.isPresent() && answers.isCancel(text)) {
            return List.of(Reply.text(messages.get(detected, "dialogue.cancelled")));
        }
        if (pending.isPresent() && pending.get() instanceof Pending.Answer asked) {
            // Free text ("3 visits", "none") that the NLU would read as anything: the skill asked for it.
            Turn answer = new Turn(asked.intent(), asked.entities().with(Entities.ANSWER, text), asked.lang(), text);
            return List.of(run(answer, speaker, team, now, message));
        }
        // One reading serves both questions: is this an answer, and if not, what does it ask?
        ParsedMessage parsed = parser.parse(text, now);
        telemetry.intentRead(parsed.intent().wireName(), parsed.confidence());
        if (pending.isPresent()) {
            Optional<Turn> completed = startsSomethingElse(pending.get(), text, parsed)
                    ? Optional.empty()
                    : complete(pending.get(), text, detected, now);
            if (completed.isPresent()) {
                return List.of(run(completed.get(), speaker, team, now, message));
            }
        }
        if (unsure(parsed)) {
            return List.of(clarify(parsed, speaker, text, now));
        }
        return List.of(
                run(new Turn(parsed.intent(), parsed.entities(), parsed.lang(), text), speaker, team, now, message));
    }

    /**
     * True when the reply to a question is clearly a new request ("my target" while asked "which
     * customer?"): a confident reading of another intent. Bare names read as customer lookups, so
     * those still count as answers.
     */
    private boolean startsSomethingElse(Pending pending, String text, ParsedMessage reading) {
        if (answers.choice(text, 9).isPresent()) {
            return false;
        }
        Intent pendingIntent = pending instanceof Pending.MissingEntity m ? m.intent() : null;
        return reading.intent() != Intent.UNKNOWN
                && reading.intent() != Intent.CUSTOMER_INFO
                && reading.intent() != pendingIntent
                && reading.confidence() >= NEW_REQUEST_CONFIDENCE;
    }

    private boolean unsure(ParsedMessage parsed) {
        return parsed.intent() != Intent.UNKNOWN
                && parsed.confidence() < settings.clarifyBelow()
                && !parsed.alternatives().isEmpty()
                && parsed.alternatives().get(0).intent() != Intent.UNKNOWN
                && catalog.find(parsed.alternatives().get(0).intent()).isPresent();
    }

    /**
     * The readings to offer: the best two, without any the bot has no skill for (the contract names
     * intents, such as {@code stats_query}, that no skill serves yet), so a choice always leads somewhere.
     */
    private List<Intent> offered(ParsedMessage parsed) {
        return java.util.stream.Stream.of(
                        parsed.intent(), parsed.alternatives().get(0).intent())
                .filter(intent -> catalog.find(intent).isPresent())
                .toList();
    }

    private Reply clarify(ParsedMessage parsed, Person speaker, String text, ZonedDateTime now) {
        List<Intent> options = offered(parsed);
        dialogues.ask(
                speaker.id(),
                new Pending.IntentChoice(options, text, now.toInstant().plus(settings.questionTimeout())));
        List<Block.Choice> choices = new ArrayList<>();
        StringBuilder sb = new StringBuilder(messages.get(parsed.lang(), "dialogue.which"));
        for (int i = 0; i < options.size(); i++) {
            String label = messages.get(parsed.lang(), "skill." + options.get(i).wireName() + ".description");
            sb.append('\n').append(i + 1).append(". ").append(label);
            choices.add(new Block.Choice(label, String.valueOf(i + 1)));
        }
        return Reply.text(sb.toString()).with(new Block.Choices(choices));
    }

    private Optional<Turn> complete(Pending pending, String answer, Lang lang, ZonedDateTime now) {
        if (pending instanceof Pending.IntentChoice choice) {
            return answers.choice(answer, choice.options().size()).map(i -> {
                Intent intent = choice.options().get(i);
                return new Turn(
                        intent,
                        parser.entitiesFor(choice.text(), intent, now),
                        LanguageDetector.detect(choice.text()),
                        choice.text());
            });
        }
        Pending.MissingEntity missing = (Pending.MissingEntity) pending;
        return answers.value(answer, missing.intent(), missing.key(), now)
                .map(value -> new Turn(
                        missing.intent(),
                        missing.entities().with(missing.key(), value),
                        LanguageDetector.detect(missing.text()),
                        missing.text()));
    }

    private Reply run(Turn turn, Person speaker, Team team, ZonedDateTime now, ChatMessage message) {
        Skill skill = catalog.find(turn.intent())
                .or(() -> catalog.find(Intent.UNKNOWN))
                .orElseThrow(() -> new IllegalStateException("no skill for unknown messages registered"));
        SkillSpec spec = skill.spec();
        Lang lang = turn.lang();
        telemetry.messageAnswered(turn.intent().wireName());
        if (!speaker.role().covers(spec.requiredRole())) {
            return Reply.text(messages.get(
                    lang,
                    "error.role",
                    messages.get(lang, "role." + spec.requiredRole().code())));
        }
        Optional<String> missing = firstMissing(spec, turn.entities());
        if (missing.isPresent()) {
            dialogues.ask(
                    speaker.id(),
                    new Pending.MissingEntity(
                            spec.intent(),
                            turn.entities(),
                            missing.get(),
                            turn.text(),
                            now.toInstant().plus(settings.questionTimeout())));
            return Reply.text(question(lang, spec, missing.get()));
        }
        SkillContext context = new SkillContext(
                speaker,
                team,
                lang,
                now,
                turn.text(),
                turn.entities(),
                new Source(speaker.id(), message.messageKey(), writeClock.next()),
                catalog.specs(),
                messages);
        Reply reply = skill.handle(context);
        if (reply.awaitedAnswer().isPresent()) {
            dialogues.ask(
                    speaker.id(),
                    new Pending.Answer(
                            spec.intent(),
                            reply.awaitedAnswer().get(),
                            lang,
                            now.toInstant().plus(settings.questionTimeout())));
        }
        return reply.asSent();
    }

    private static Optional<String> firstMissing(SkillSpec spec, Entities entities) {
        return spec.requiredEntities().stream()
                .filter(k -> !stated(entities, k))
                .findFirst();
    }

    /** A blank string or an empty list states nothing; skills may rely on required values being usable. */
    private static boolean stated(Entities entities, String key) {
        if (key.equals(Entities.AMOUNT) && entities.has(Entities.INVALID_AMOUNT)) {
            // The user did give an amount; the skill explains why it cannot be used.
            return true;
        }
        Object value = entities.values().get(key);
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return value != null;
    }

    private String question(Lang lang, SkillSpec spec, String entity) {
        return messages.find(lang, "ask." + spec.intent().wireName() + "." + entity)
                .orElseGet(() -> messages.get(lang, "ask." + entity));
    }
}
