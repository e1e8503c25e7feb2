package com.salesbot.adapter.discord;

import com.salesbot.core.kernel.Lang;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/** The "log a visit" form that {@code /visit} without options opens, and the sentence a filled form means. */
final class VisitForm {
    /** The modal's id; the language is part of it so the answer is read in the language it was asked in. */
    static final String ID_PREFIX = "visit_form:";

    private final Texts texts;
    private final SlashCommands commands;

    VisitForm(Texts texts, SlashCommands commands) {
        this.texts = texts;
        this.commands = commands;
    }

    Modal modal(Lang lang) {
        return Modal.create(ID_PREFIX + lang.code(), texts.get(lang, "form.visit.title"))
                .addComponents(
                        Label.of(
                                texts.get(lang, "form.visit.customer"),
                                TextInput.create(SlashCommands.CUSTOMER, TextInputStyle.SHORT)
                                        .setRequired(true)
                                        .setMaxLength(100)
                                        .build()),
                        Label.of(
                                texts.get(lang, "form.visit.contact"),
                                TextInput.create(SlashCommands.CONTACT, TextInputStyle.SHORT)
                                        .setRequired(false)
                                        .setMaxLength(100)
                                        .build()),
                        Label.of(
                                texts.get(lang, "form.visit.follow_up"),
                                TextInput.create(SlashCommands.FOLLOW_UP, TextInputStyle.SHORT)
                                        .setRequired(false)
                                        .setMaxLength(100)
                                        .build()),
                        Label.of(
                                texts.get(lang, "form.visit.notes"),
                                TextInput.create(SlashCommands.NOTES, TextInputStyle.PARAGRAPH)
                                        .setRequired(false)
                                        .setMaxLength(1000)
                                        .build()))
                .build();
    }

    /** The language a form was opened in, read back from its id; empty when the id is not this form's. */
    static Optional<Lang> langOf(String modalId) {
        return modalId != null && modalId.startsWith(ID_PREFIX)
                ? Optional.of(Lang.fromCode(modalId.substring(ID_PREFIX.length())))
                : Optional.empty();
    }

    /** The sentence of a submitted form, given how to read each field. */
    String sentence(Lang lang, Function<String, ModalMapping> fields) {
        return commands.visitSentence(
                lang,
                value(fields, SlashCommands.CUSTOMER),
                value(fields, SlashCommands.CONTACT),
                value(fields, SlashCommands.FOLLOW_UP),
                value(fields, SlashCommands.NOTES));
    }

    private static String value(Function<String, ModalMapping> fields, String id) {
        ModalMapping mapping = fields.apply(id);
        return mapping == null ? "" : mapping.getAsString();
    }
}
