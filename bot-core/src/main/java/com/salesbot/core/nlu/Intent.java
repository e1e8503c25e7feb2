package com.salesbot.core.nlu;

import java.util.Locale;

/** What a message asks for; wire names are those of the NLU contract, plus the project's own additions. */
public enum Intent {
    LOG_VISIT,
    LOG_SALE,
    UPDATE_DEAL,
    MY_TARGET,
    SET_TARGET,
    TEAM_RANKING,
    STATS_QUERY,
    DAILY_REPORT,
    MISSING_REPORTS,
    SET_REMINDER,
    LIST_REMINDERS,
    CANCEL_REMINDER,
    GIVE_KUDOS,
    CUSTOMER_INFO,
    LOG_COMPETITOR,
    MY_COMMISSION,
    UNDO,
    HELP,
    SMALLTALK,
    UNKNOWN,
    /** Project addition: a manager adds a person to their team from chat. */
    ADD_MEMBER(false),
    /** Project addition: a rep asks the team knowledge base a question. */
    ASK_KNOWLEDGE(false),
    /** Project addition: a manager adds an entry to the knowledge base ("add to playbook: …"). */
    ADD_KNOWLEDGE(false),
    /** Project addition: a manager rewrites an entry ("edit playbook #K3: …"). */
    EDIT_KNOWLEDGE(false),
    /** Project addition: a manager removes an entry ("remove playbook #K3"). */
    REMOVE_KNOWLEDGE(false),
    /** Project addition: an admin reloads the knowledge folder's files. */
    RELOAD_KNOWLEDGE(false),
    /** Project addition: a rep sends an unanswered question to their manager (a button's value). */
    FORWARD_QUESTION(false),
    /** Project addition: a manager answers a forwarded question ("answer #Q2: …"). */
    ANSWER_QUESTION(false),
    /** Project addition: a manager saves their answer to the knowledge base (a button's value). */
    SAVE_ANSWER(false),
    /** Project addition: feedback to one's manager, anonymous when asked. */
    SEND_FEEDBACK(false),
    /** Project addition: a manager reads this month's feedback. */
    LIST_FEEDBACK(false),
    /** Project addition: a manager schedules a tip or a quiz for the team. */
    SCHEDULE_TRAINING(false),
    /** Project addition: a rep picks a quiz option (a button's value). */
    QUIZ_ANSWER(false),
    /** Project addition: a manager asks for quiz completion and scores. */
    TRAINING_RESULTS(false);

    private final boolean inContract;

    Intent() {
        this(true);
    }

    Intent(boolean inContract) {
        this.inContract = inContract;
    }

    /** The wire name, e.g. {@code log_visit}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name the contract scores: project additions score as {@code unknown}. */
    public String contractName() {
        return inContract ? wireName() : UNKNOWN.wireName();
    }

    /** Reads a wire name; anything unrecognised is {@link #UNKNOWN}. */
    public static Intent fromWireName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        for (Intent intent : values()) {
            if (intent.wireName().equals(name.trim())) {
                return intent;
            }
        }
        return UNKNOWN;
    }
}
