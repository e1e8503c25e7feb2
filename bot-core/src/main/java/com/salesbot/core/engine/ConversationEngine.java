package com.salesbot.core.engine;

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
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillCatalog;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Message → speaker → intent → skill → reply. Checks roles and required entities from the skill's
 * spec, answers a second delivery of a message with silence, and never confirms a write the
 * database did not acknowledge.
 */
public final class ConversationEngine {
    /** Slack's own limit on a message; longer input is refused rather than parsed. */
    public static final int MAX_MESSAGE_LENGTH = 40_000;

    private static final Logger LOG = Logger.getLogger(ConversationEngine.class.getName());

    private final IntentParser parser;
    private final SkillCatalog catalog;
    private final SpeakerResolver speakers;
    private final Directory directory;
    private final ProcessedMessages processed;
    private final Messages messages;
    private final Clock clock;
    private final WriteClock writeClock;

    public ConversationEngine(
            IntentParser parser,
            SkillCatalog catalog,
            SpeakerResolver speakers,
            Directory directory,
            ProcessedMessages processed,
            Messages messages,
            Clock clock) {
        this.parser = parser;
        this.catalog = catalog;
        this.speakers = speakers;
        this.directory = directory;
        this.processed = processed;
        this.messages = messages;
        this.clock = clock;
        this.writeClock = new WriteClock(clock);
    }

    /** Answers one message; an empty list means "already answered this delivery". */
    public List<Reply> handle(ChatMessage message) {
        Lang lang = LanguageDetector.detect(message.text());
        try {
            if (processed.wasHandled(message.messageKey())) {
                return List.of();
            }
            List<Reply> replies = answer(message, lang);
            processed.markHandled(message.messageKey(), clock.instant());
            return replies;
        } catch (StoreUnavailableException e) {
            LOG.log(Level.WARNING, "database unavailable while handling a message: " + e.getMessage());
            return List.of(Reply.text(messages.get(lang, "error.store_unavailable")));
        }
    }

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
        ParsedMessage parsed = parser.parse(text, now);
        Lang lang = parsed.lang();
        Skill skill = catalog.find(parsed.intent())
                .or(() -> catalog.find(Intent.UNKNOWN))
                .orElseThrow(() -> new IllegalStateException("no skill for unknown messages registered"));
        SkillSpec spec = skill.spec();
        if (!speaker.role().covers(spec.requiredRole())) {
            return List.of(Reply.text(messages.get(
                    lang,
                    "error.role",
                    messages.get(lang, "role." + spec.requiredRole().code()))));
        }
        Instant at = writeClock.next();
        SkillContext context = new SkillContext(
                speaker,
                team,
                lang,
                now,
                text,
                parsed.entities(),
                new Source(speaker.id(), message.messageKey(), at),
                catalog.specs(),
                messages);
        Optional<String> missing = firstMissing(spec, parsed.entities());
        if (missing.isPresent()) {
            return List.of(Reply.text(question(lang, spec, missing.get())));
        }
        return List.of(skill.handle(context));
    }

    private static Optional<String> firstMissing(SkillSpec spec, Entities entities) {
        return spec.requiredEntities().stream()
                .filter(k -> !stated(entities, k))
                .findFirst();
    }

    /** A blank string or an empty list states nothing; skills may rely on required values being usable. */
    private static boolean stated(Entities entities, String key) {
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
