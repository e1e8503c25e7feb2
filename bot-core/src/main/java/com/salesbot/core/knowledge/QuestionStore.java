package com.salesbot.core.knowledge;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.util.Optional;

/** Port: forwarded questions and their answers. */
public interface QuestionStore {
    /**
     * Records a new question under the next free number; a second delivery of the same message (same
     * source key) returns the question already recorded instead of a new one.
     */
    Question ask(String teamId, String text, Lang lang, Source source);

    Optional<Question> question(String id);

    /** Stores the answer (a later answer replaces an earlier one); false when there is no such question. */
    boolean answer(String id, String answer, PersonId by);
}
