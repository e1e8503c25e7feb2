package com.salesbot.core.kernel;

import java.util.Locale;

/** What a person may do: reps log their own work, managers run teams, admins run everything. */
public enum Role {
    REP,
    MANAGER,
    ADMIN;

    /** True when this role grants at least what {@code required} grants. */
    public boolean covers(Role required) {
        return ordinal() >= required.ordinal();
    }

    /** The lower-case name used in configuration and storage. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "rep", "manager" or "admin" (any case). */
    public static Role fromCode(String code) {
        return Role.valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
