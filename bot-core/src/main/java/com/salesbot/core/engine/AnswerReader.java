package com.salesbot.core.engine;

import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a short answer to the bot's question: a choice number, a value, or "cancel". */
final class AnswerReader {
    private static final Set<String> CANCEL =
            Set.of("cancel", "never mind", "nevermind", "forget it", "stop", "取消", "算了", "不用了");
    private static final Pattern CHOICE = Pattern.compile("^\\s*(?:#|no\\.?\\s*|第)?([1-9])(?:个|项)?\\s*[.!。]?\\s*$");
    /** Names are short; a long answer is a new message, not a customer's name. */
    private static final int MAX_NAME_LENGTH = 60;

    private static final Set<String> NAME_KEYS = Set.of(Entities.CUSTOMER, Entities.CONTACT, Entities.COMPETITOR);

    private final IntentParser parser;

    AnswerReader(IntentParser parser) {
        this.parser = parser;
    }

    /** True for "cancel", "never mind", "取消"… */
    boolean isCancel(String answer) {
        return CANCEL.contains(answer.strip().toLowerCase(Locale.ROOT).replaceAll("[.!。！]+$", ""));
    }

    /** The zero-based option an answer like "2", "#2" or "第2个" picks, if within range. */
    Optional<Integer> choice(String answer, int options) {
        Matcher m = CHOICE.matcher(answer);
        if (!m.matches()) {
            return Optional.empty();
        }
        int picked = Integer.parseInt(m.group(1));
        return picked <= options ? Optional.of(picked - 1) : Optional.empty();
    }

    /**
     * The value an answer gives for the missing {@code key}: read by the parser as part of a message
     * of {@code intent}, or, for a name, the short answer itself ("Acme Corp").
     */
    Optional<Object> value(String answer, Intent intent, String key, ZonedDateTime now) {
        Entities read = parser.entitiesFor(answer, intent, now);
        if (read.has(key)) {
            return Optional.of(read.values().get(key));
        }
        String trimmed =
                answer.strip().replaceAll("^[\"'“‘「]+|[\"'”’」.!。！]+$", "").strip();
        if (NAME_KEYS.contains(key) && !trimmed.isEmpty() && trimmed.length() <= MAX_NAME_LENGTH) {
            return Optional.of(trimmed);
        }
        if (key.equals(Entities.PERSONS) && !trimmed.isEmpty() && trimmed.length() <= MAX_NAME_LENGTH) {
            return Optional.of(java.util.List.of(trimmed.replaceFirst("^@", "")));
        }
        return Optional.empty();
    }
}
