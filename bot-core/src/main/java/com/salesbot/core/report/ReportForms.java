package com.salesbot.core.report;

import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import java.util.List;
import java.util.Optional;

/**
 * A team's report template as a form, for platforms that have forms (a Slack modal, a Discord modal):
 * which button offers it, the questions it asks the person clicking, and the daily-report message its
 * answers become, so a filled-in form goes through the core like a typed report.
 */
public final class ReportForms {
    private static final Messages MESSAGES = Messages.load();

    private final Directory directory;
    private final ReportRules rules;

    public ReportForms(Directory directory, ReportRules rules) {
        this.directory = directory;
        this.rules = rules;
    }

    /** No templates anywhere: no form is ever offered. */
    public static ReportForms none(Directory directory) {
        return new ReportForms(directory, ReportRules.none());
    }

    /** The questions of the team of the person behind {@code identity}; empty when it has no template. */
    public List<String> questionsFor(String identity) {
        return directory
                .byIdentity(identity)
                .map(Person::teamId)
                .map(rules::questionsFor)
                .orElse(List.of());
    }

    /**
     * The language of a reply whose buttons include "answer one by one" (its value is that command): a form
     * button belongs next to it, labelled in that language. Empty for any other button value.
     */
    public static Optional<Lang> offeredBy(String choiceValue) {
        for (Lang lang : Lang.values()) {
            if (MESSAGES.get(lang, "report.one_by_one_command").equals(choiceValue)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /** The label of the button that opens the form. */
    public static String buttonLabel(Lang lang) {
        return MESSAGES.get(lang, "choice.fill_in_form");
    }

    /** The form's title. */
    public static String title(Lang lang) {
        return MESSAGES.get(lang, "report.form_title");
    }

    /**
     * The answers as one daily-report message, numbered as the template is: "daily report: 1) Visits
     * today? 3" then one line per further question; a question left blank is left out.
     */
    public static String message(Lang lang, List<String> questions, List<String> answers) {
        StringBuilder text = new StringBuilder(MESSAGES.get(lang, "report.form_command"));
        boolean first = true;
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < answers.size() && answers.get(i) != null
                    ? answers.get(i).strip()
                    : "";
            if (answer.isEmpty()) {
                continue;
            }
            text.append(first ? "" : "\n")
                    .append(i + 1)
                    .append(") ")
                    .append(questions.get(i))
                    .append(' ')
                    .append(answer);
            first = false;
        }
        return text.toString();
    }
}
