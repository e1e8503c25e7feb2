package com.salesbot.core.knowledge;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A question the knowledge base could not answer, forwarded to the asker's manager.
 *
 * @param id {@code Q} and a number, typed by the manager in "answer #Q3: …"
 * @param answer null until a manager answers
 * @param answeredBy null until a manager answers
 */
public record Question(
        String id,
        PersonId asker,
        String teamId,
        String text,
        Lang lang,
        LocalDate askedOn,
        String answer,
        PersonId answeredBy) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(askedOn, "askedOn");
    }

    /** The answer, once given. */
    public Optional<String> answered() {
        return Optional.ofNullable(answer);
    }
}
