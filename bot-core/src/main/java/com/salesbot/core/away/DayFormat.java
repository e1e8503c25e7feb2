package com.salesbot.core.away;

import com.salesbot.core.kernel.Lang;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** How a day reads in away replies: "Mon 2026-11-30" in English, "2026-11-30 周一" in Chinese. */
final class DayFormat {
    private DayFormat() {}

    static String day(LocalDate day, Lang lang) {
        if (lang == Lang.ZH) {
            return day + " " + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINESE);
        }
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day;
    }
}
