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
    BACK_FROM_AWAY(false);

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
