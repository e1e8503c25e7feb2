package com.salesbot.core.fakes;

import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link IntentParser} that answers from a script: each known text maps to a fixed reading; any
 * other text is {@code unknown} in the language the contract's rule detects. It remembers the reference
 * time it was last given, so tests can check the engine passes the speaker's clock.
 */
public final class ScriptedIntentParser implements IntentParser {
    private final Map<String, ParsedMessage> script = new HashMap<>();
    private ZonedDateTime lastNow;

    /** Reads {@code text} (surrounding whitespace ignored) as {@code parsed}. */
    public synchronized ScriptedIntentParser on(String text, ParsedMessage parsed) {
        script.put(text.strip(), parsed);
        return this;
    }

    /** Reads {@code text} as {@code intent} with {@code entities}, in the language the text is written in. */
    public ScriptedIntentParser on(String text, Intent intent, Entities entities) {
        return on(text, new ParsedMessage(intent, 0.95, LanguageDetector.detect(text), entities));
    }

    @Override
    public synchronized ParsedMessage parse(String text, ZonedDateTime now) {
        lastNow = now;
        ParsedMessage scripted = script.get(text.strip());
        return scripted != null
                ? scripted
                : new ParsedMessage(Intent.UNKNOWN, 0.2, LanguageDetector.detect(text), Entities.none());
    }

    /** The reference time of the last parse, if any. */
    public synchronized Optional<ZonedDateTime> lastNow() {
        return Optional.ofNullable(lastNow);
    }
}
