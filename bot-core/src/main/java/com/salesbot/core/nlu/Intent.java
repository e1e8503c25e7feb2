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
    /** Project addition: a person says they will be away (out of office) for some days. */
    SET_AWAY(false),
    /** Project addition: a person says they are back before their absence ends. */
    BACK_FROM_AWAY(false);

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
