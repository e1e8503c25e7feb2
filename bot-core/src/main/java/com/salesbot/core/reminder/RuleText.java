package com.salesbot.core.reminder;

import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A recurrence in words: "every Monday", "every weekday", "每月 1 日". */
public final class RuleText {
    private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private RuleText() {}

    public static String describe(Recurrence rule, LocalDateTime anchor, Lang lang, Messages messages) {
        int n = rule.interval();
        return switch (rule.frequency()) {
            case DAILY ->
                n == 1
                        ? messages.get(lang, "reminder.rule.daily")
                        : messages.get(lang, "reminder.rule.every_n_days", n);
            case WEEKLY -> {
                Set<DayOfWeek> days = rule.byDay().isEmpty() ? Set.of(anchor.getDayOfWeek()) : rule.byDay();
                if (n == 1 && days.equals(WORKDAYS)) {
                    yield messages.get(lang, "reminder.rule.weekdays");
                }
                String names = days(days, lang);
                yield n == 1
                        ? messages.get(lang, "reminder.rule.weekly", names)
                        : messages.get(lang, "reminder.rule.every_n_weeks", names, n);
            }
            case MONTHLY -> {
                int day = rule.byMonthDay() > 0 ? rule.byMonthDay() : anchor.getDayOfMonth();
                yield n == 1
                        ? messages.get(lang, "reminder.rule.monthly", day)
                        : messages.get(lang, "reminder.rule.every_n_months", day, n);
            }
        };
    }

    private static String days(Set<DayOfWeek> days, Lang lang) {
        List<String> names = new TreeSet<>(days)
                .stream()
                        .map(d -> lang == Lang.ZH
                                ? d.getDisplayName(TextStyle.SHORT, Locale.CHINESE)
                                : d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        .toList();
        return String.join(lang == Lang.ZH ? "、" : ", ", names);
    }
}
