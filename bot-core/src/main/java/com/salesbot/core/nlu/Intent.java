package com.salesbot.core.nlu;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
    /** Project addition: "what are competitors doing this month?", routed from the words, not the model. */
    COMPETITOR_SUMMARY(false),
    /** Project addition: "any risks?", a manager's on-demand risk alerts. */
    RISK_ALERTS(false),
    /** Project addition: "export visits for this month", a CSV file of the team's records. */
    EXPORT_CSV(false),
    /** Project addition: a person says they will be away (out of office) for some days. */
    SET_AWAY(false),
    /** Project addition: a person says they are back before their absence ends. */
    BACK_FROM_AWAY(false),
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

    // the parser reads and writes these for every message: computed once, looked up by hash
    private static final Map<String, Intent> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Intent::wireName, intent -> intent));

    private final boolean inContract;
    private final String wireName;

    Intent() {
        this(true);
    }

    Intent(boolean inContract) {
        this.inContract = inContract;
        this.wireName = name().toLowerCase(Locale.ROOT);
    }

    /** The wire name, e.g. {@code log_visit}. */
    public String wireName() {
        return wireName;
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
        return BY_WIRE_NAME.getOrDefault(name.trim(), UNKNOWN);
    }
}
