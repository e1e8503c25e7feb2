package com.salesbot.nlp.normalize;

import com.salesbot.core.kernel.Period;
import com.salesbot.nlp.normalize.DateTimeResolver.Direction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days someone says they will be away, read from the dates of a {@code set_away} message, both
 * ends inclusive. The rules: one date alone is that day ("off tomorrow", "明天请假"); "until X" in
 * English means back on X, so the last day away is the day before ("off until Friday"), while
 * "through X" and Chinese "到X" include X ("休假到周五"); "back X" / "X回来" is always the day before;
 * two dates are a range ("Monday to Wednesday", "周一到周三"). A single date with a cue starts today.
 */
final class AwayDays {
    private static final Pattern BACK_BEFORE =
            Pattern.compile("(?:\\bback|\\breturn(?:ing)?|\\bin the office|\\bin office)(?:\\s+on)?\\s*$");
    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?:\\buntil|\\btill|\\btil)\\s*$");
    private static final Pattern THROUGH_BEFORE = Pattern.compile("(?:\\bthrough|\\bthru|\\bincluding|到|至|直到)\\s*$");
    // Some date expressions take their preposition along ("until Friday"); the cue is read from there too.
    private static final Pattern LEADING_CUE =
            Pattern.compile("^(?:until|till|til|through|thru|by|on|from|back on|back|到|至|直到)\\b?\\s*");
    private static final Pattern BACK_AFTER = Pattern.compile("^\\s*(?:回来|回|返岗|回公司|上班|复工)");

    private AwayDays() {}

    private static String leadingCue(String dateText) {
        Matcher m = LEADING_CUE.matcher(dateText);
        return m.find() ? dateText.substring(0, m.end()).stripTrailing() : "";
    }

    static Optional<Period> find(String text, List<DateTimeMention> moments, ZonedDateTime now) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<LocalDate> days = new ArrayList<>();
        List<TextSpan> spans = new ArrayList<>();
        for (DateTimeMention moment : moments) {
            if (moment.timeOnly()) {
                continue;
            }
            Optional<Temporal> resolved = moment.resolve(now, Direction.SCHEDULING);
            if (resolved.isPresent()) {
                Temporal t = resolved.get();
                days.add(t instanceof LocalDateTime dt ? dt.toLocalDate() : (LocalDate) t);
                spans.add(moment.span());
            }
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        int lastIndex = days.size() - 1;
        LocalDate last = days.get(lastIndex);
        TextSpan lastSpan = spans.get(lastIndex);
        String before =
                lower.substring(0, lastSpan.start()) + leadingCue(lower.substring(lastSpan.start(), lastSpan.end()));
        String after = lower.substring(lastSpan.end());
        boolean back =
                BACK_BEFORE.matcher(before).find() || BACK_AFTER.matcher(after).find();
        boolean until = UNTIL_BEFORE.matcher(before).find();
        boolean through = THROUGH_BEFORE.matcher(before).find();
        LocalDate today = now.toLocalDate();
        LocalDate start;
        LocalDate end;
        if (days.size() >= 2) {
            start = days.get(0);
            end = back ? last.minusDays(1) : last;
        } else if (back || until) {
            start = today;
            end = last.minusDays(1);
        } else if (through) {
            start = today;
            end = last;
        } else {
            start = last;
            end = last;
        }
        if (end.isBefore(start)) {
            return Optional.of(Period.day(end));
        }
        return Optional.of(new Period(start, end));
    }
}
