package com.salesbot.adapter.discord;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.report.ReportForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The team's report template as a Discord modal: a button beside "answer one by one" opens it, with one
 * paragraph input per question ({@code q1} … {@code q5}: a modal holds five), and the submitted answers
 * become one daily-report message through the core. The language is part of the ids, so the answer is
 * read in the language it was offered in.
 */
final class ReportForm {
    /** Custom id of the button, and of the modal, followed by the language code. */
    static final String ID_PREFIX = "report_form:";
    /** Discord allows five inputs in a modal; a longer template is answered in chat instead. */
    static final int MAX_QUESTIONS = 5;

    private static final int MAX_LABEL = 45;
    private static final int MAX_ANSWER = 1000;

    private ReportForm() {}

    /** The button that opens the form, labelled in {@code lang}. */
    static Button button(Lang lang) {
        return Button.secondary(ID_PREFIX + lang.code(), ReportForms.buttonLabel(lang));
    }

    /** The language a button or modal id carries; empty when the id is not this form's. */
    static Optional<Lang> langOf(String id) {
        return id != null && id.startsWith(ID_PREFIX)
                ? Optional.of(Lang.fromCode(id.substring(ID_PREFIX.length())))
                : Optional.empty();
    }

    /** The modal for these questions (at most {@link #MAX_QUESTIONS}). */
    static Modal modal(Lang lang, List<String> questions) {
        List<Label> fields = new ArrayList<>();
        for (int i = 0; i < Math.min(questions.size(), MAX_QUESTIONS); i++) {
            fields.add(Label.of(
                    DiscordRenderer.truncate(questions.get(i), MAX_LABEL),
                    TextInput.create(fieldId(i), TextInputStyle.PARAGRAPH)
                            .setRequired(false)
                            .setMaxLength(MAX_ANSWER)
                            .build()));
        }
        return Modal.create(ID_PREFIX + lang.code(), ReportForms.title(lang))
                .addComponents(fields)
                .build();
    }

    /** The daily-report message of a submitted form, given how to read each field. */
    static String message(Lang lang, List<String> questions, Function<String, ModalMapping> fields) {
        List<String> asked = questions.subList(0, Math.min(questions.size(), MAX_QUESTIONS));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            ModalMapping mapping = fields.apply(fieldId(i));
            answers.add(mapping == null ? "" : mapping.getAsString());
        }
        return ReportForms.message(lang, asked, answers);
    }

    private static String fieldId(int index) {
        return "q" + (index + 1);
    }
}
