package com.salesbot.core.reminder;

import com.salesbot.core.kernel.Lang;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How reminder times read: "Mon 2026-11-30 09:00" in English, "2026-11-30 周一 09:00" in Chinese. */
public final class ReminderFormat {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReminderFormat() {}

    /** A local date-time with its weekday, in the language's order. */
    public static String time(ZonedDateTime at, Lang lang) {
        String text = DATE_TIME.format(at);
        if (lang == Lang.ZH) {
            String day = at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINESE);
            return text.substring(0, 10) + " " + day + " " + text.substring(11);
        }
        return at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + text;
    }
}
