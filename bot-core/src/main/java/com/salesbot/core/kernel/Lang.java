package com.salesbot.core.kernel;

import java.util.Locale;

/** The two languages the bot speaks; every reply is in the language the user wrote in. */
public enum Lang {
    EN("en"),
    ZH("zh");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The contract's code: {@code en} or {@code zh}. */
    public String code() {
        return code;
    }

    /** Reads a code such as "zh", "zh-CN" or "en_US"; anything else is English. */
    public static Lang fromCode(String code) {
        if (code == null) {
            return EN;
        }
        return code.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }
}
