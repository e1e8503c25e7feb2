package com.salesbot.core.engine;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.time.Instant;
import java.util.List;

/** A question the bot asked a person and is waiting to have answered. */
sealed interface Pending {
    /** When the question lapses and an answer is read as a new message. */
    Instant expiresAt();

    /** A message that lacked a required entity; the answer supplies it. */
    record MissingEntity(Intent intent, Entities entities, String key, String text, Instant expiresAt)
            implements Pending {}

    /**
     * A question a skill asked itself (the next question of a report template): the answer goes back to
     * {@code intent} verbatim, with the skill's {@code entities}, in the language the exchange began in.
     */
    record Answer(Intent intent, Entities entities, Lang lang, Instant expiresAt) implements Pending {}

    /** A message the bot was unsure about; the answer picks one of the readings. */
    record IntentChoice(List<Intent> options, String text, Instant expiresAt) implements Pending {
        public IntentChoice {
            options = List.copyOf(options);
        }
    }
}
