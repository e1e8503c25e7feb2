import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the Chinese NLU training corpus, nlp-models/corpus/train/zh.jsonl.
 *
 * <p>Run from the repository root, with no dependencies:
 * {@code java nlp-models/corpus/tools/GenerateChineseCorpus.java}
 *
 * <p>Every line follows /work/shared/nlu-contract.md: 20 intents, contract entity keys only,
 * normalised values computed against each line's "now" (mostly the reference clock
 * 2026-11-27T10:00 Asia/Shanghai, some lines at other moments). The output is deterministic
 * (fixed seed). The run fails if a generated text (after folding case, whitespace, punctuation
 * and symbols) equals a text of the hand-written held-out set
 * nlp-models/corpus/heldout/zh.jsonl or nearly equals one (character-bigram Jaccard >= 0.8),
 * if one text would get two intents, or if an intent
 * gets fewer than {@value #MIN_PER_INTENT} distinct examples.
 *
 * <p>Template syntax: {@code {NAME}} inserts a filler of slot NAME together with its entities;
 * {@code {name}} (lower case) inserts a filler of the same slot as plain text, without
 * entities. Text after {@code ||} fixes entities that the template words themselves state
 * ({@code stage=lost}, {@code metric=visits}); several are separated by {@code &&}.
 */
public class GenerateChineseCorpus {

    static final long SEED = 20261127L;
    static final int PER_INTENT = 300;
    static final int MIN_PER_INTENT = 170;
    static final LocalDateTime REF_NOW = LocalDateTime.of(2026, 11, 27, 10, 0);
    /** Other reference moments for some lines (all in Nov/Dec 2026, so month names stay unambiguous). */
    static final List<LocalDateTime> ALT_NOWS = List.of(
            LocalDateTime.of(2026, 11, 23, 9, 0),    // Monday morning
            LocalDateTime.of(2026, 12, 2, 15, 30),   // Wednesday afternoon
            LocalDateTime.of(2026, 12, 17, 18, 45)); // Thursday evening
    static final int ALT_NOW_PERCENT = 15;
    static final String ZONE = "Asia/Shanghai";
    static final List<String> KEY_ORDER = List.of("customer", "contact", "competitor", "amount", "currency",
            "metric", "period", "when", "follow_up", "recurrence", "persons", "stage");
    static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    // ------------------------------------------------------------------ model

    /** A slot filler: its text (may contain nested slot tokens) and the entities it states. */
    record F(String text, Map<String, Object> ents) { }

    /** Picks a filler; returns null when the pick is not valid at this "now". */
    interface Slot { F pick(Random r, LocalDateTime now); }

    record Template(String pattern, Map<String, Object> fixed) { }

    record Intent(String name, Set<String> keys, List<Template> templates) { }

    static final Map<String, Slot> SLOTS = new LinkedHashMap<>();
    static final List<Intent> INTENTS = new ArrayList<>();

    static F f(String text, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return new F(text, m);
    }

    static <T> T any(Random r, List<T> xs) { return xs.get(r.nextInt(xs.size())); }

    @SafeVarargs
    static <T> T any(Random r, T... xs) { return xs[r.nextInt(xs.length)]; }

    /** Slot whose fillers are plain text (no entities). */
    static void textSlot(String name, String... options) {
        List<String> opts = List.of(options);
        SLOTS.put(name, (r, now) -> f(any(r, opts)));
    }

    /** Slot whose fillers state one string entity equal to the text. */
    static void entitySlot(String name, String key, String... options) {
        List<String> opts = List.of(options);
        SLOTS.put(name, (r, now) -> { String s = any(r, opts); return f(s, key, s); });
    }

    static void intent(String name, String keys, String... templates) {
        Set<String> ks = new LinkedHashSet<>();
        for (String k : keys.split(",")) if (!k.isBlank()) ks.add(k.trim());
        List<Template> ts = new ArrayList<>();
        for (String t : templates) {
            Map<String, Object> fixed = new LinkedHashMap<>();
            String pattern = t;
            int bar = t.indexOf("||");
            if (bar >= 0) {
                pattern = t.substring(0, bar);
                for (String kv : t.substring(bar + 2).split("&&")) {
                    int eq = kv.indexOf('=');
                    fixed.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            ts.add(new Template(pattern, fixed));
        }
        INTENTS.add(new Intent(name, ks, ts));
    }

    // ------------------------------------------------------------------ dates and periods

    interface DateFn { LocalDate at(LocalDateTime now); }

    record DateExpr(String text, DateFn fn) { }

    record TimeExpr(String text, LocalTime t) { }

    static final String[] CN_DOW = {"一", "二", "三", "四", "五", "六", "日"};

    static LocalDate monday(LocalDate d) { return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); }

    static Map<String, Object> period(LocalDate s, LocalDate e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("start", s.toString());
        p.put("end", e.toString());
        return p;
    }

    static Map<String, Object> monthPeriod(LocalDate first) {
        return period(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    static Map<String, Object> quarterPeriod(LocalDate start) { return period(start, start.plusMonths(3).minusDays(1)); }

    static String fmt(LocalDate d) { return d.toString(); }

    static String fmt(LocalDateTime d) { return d.format(DT); }

    static String dowName(String prefix, DayOfWeek d) {
        String n = CN_DOW[d.getValue() - 1];
        if (d == DayOfWeek.SUNDAY && !prefix.equals("周") && !prefix.endsWith("周")) n = "天";
        return prefix + n;
    }

    /** Dates of what a message records: on or before today. */
    static final List<DateExpr> RECORD_DATES = new ArrayList<>();
    /** Dates of what a message schedules: after today for weekdays, on or after today for month-days. */
    static final List<DateExpr> SCHEDULE_DATES = new ArrayList<>();
    static final List<TimeExpr> TIMES = new ArrayList<>();
    static final List<TimeExpr> RECORD_TIMES = new ArrayList<>();

    static void initDates() {
        // ---- recording direction
        for (int i = 0; i < 4; i++) {               // weight today / yesterday
            RECORD_DATES.add(new DateExpr("今天", now -> now.toLocalDate()));
            RECORD_DATES.add(new DateExpr("昨天", now -> now.toLocalDate().minusDays(1)));
        }
        RECORD_DATES.add(new DateExpr("今天上午", now -> now.getHour() >= 10 ? now.toLocalDate() : null));
        RECORD_DATES.add(new DateExpr("今天下午", now -> now.getHour() >= 16 ? now.toLocalDate() : null));
        RECORD_DATES.add(new DateExpr("今儿", now -> now.toLocalDate()));
        RECORD_DATES.add(new DateExpr("前天", now -> now.toLocalDate().minusDays(2)));
        RECORD_DATES.add(new DateExpr("昨天下午", now -> now.toLocalDate().minusDays(1)));
        RECORD_DATES.add(new DateExpr("昨天上午", now -> now.toLocalDate().minusDays(1)));
        RECORD_DATES.add(new DateExpr("昨晚", now -> now.toLocalDate().minusDays(1)));
        RECORD_DATES.add(new DateExpr("前天下午", now -> now.toLocalDate().minusDays(2)));
        for (DayOfWeek d : DayOfWeek.values()) {
            for (String p : new String[] {"周", "星期", "礼拜"}) {
                RECORD_DATES.add(new DateExpr(dowName(p, d), now -> {
                    LocalDate today = now.toLocalDate();
                    if (today.getDayOfWeek() == d) return null;   // would be "today": skip the odd phrasing
                    return today.with(TemporalAdjusters.previous(d));
                }));
            }
            for (String p : new String[] {"上周", "上星期", "上礼拜"}) {
                RECORD_DATES.add(new DateExpr(dowName(p, d),
                        now -> monday(now.toLocalDate()).minusWeeks(1).plusDays(d.getValue() - 1)));
            }
            for (String p : new String[] {"这周", "本周"}) {
                RECORD_DATES.add(new DateExpr(dowName(p, d), now -> {
                    LocalDate x = monday(now.toLocalDate()).plusDays(d.getValue() - 1);
                    return x.isBefore(now.toLocalDate()) ? x : null;
                }));
            }
        }
        String[][] pastMonthDays = {{"11月20日", "11", "20"}, {"11月24号", "11", "24"}, {"11月18日", "11", "18"},
            {"11月9号", "11", "9"}, {"11月25日", "11", "25"}, {"11月26号", "11", "26"}, {"11月13日", "11", "13"},
            {"12月1日", "12", "1"}, {"12月8号", "12", "8"}, {"12月15日", "12", "15"}, {"11.23", "11", "23"}};
        for (String[] md : pastMonthDays) {
            int m = Integer.parseInt(md[1]), day = Integer.parseInt(md[2]);
            RECORD_DATES.add(new DateExpr(md[0], now -> {
                LocalDate today = now.toLocalDate();
                LocalDate x = LocalDate.of(today.getYear(), m, day);
                if (x.isAfter(today)) x = x.minusYears(1);
                return ChronoUnit.DAYS.between(x, today) <= 45 ? x : null;
            }));
        }

        // ---- scheduling direction
        for (int i = 0; i < 3; i++) {
            SCHEDULE_DATES.add(new DateExpr("明天", now -> now.toLocalDate().plusDays(1)));
        }
        SCHEDULE_DATES.add(new DateExpr("明儿", now -> now.toLocalDate().plusDays(1)));
        SCHEDULE_DATES.add(new DateExpr("后天", now -> now.toLocalDate().plusDays(2)));
        SCHEDULE_DATES.add(new DateExpr("大后天", now -> now.toLocalDate().plusDays(3)));
        String[][] inDays = {{"三天后", "3"}, {"3天后", "3"}, {"两天后", "2"}, {"五天后", "5"}, {"一周后", "7"},
            {"10天后", "10"}, {"两周后", "14"}};
        for (String[] x : inDays) {
            int n = Integer.parseInt(x[1]);
            SCHEDULE_DATES.add(new DateExpr(x[0], now -> now.toLocalDate().plusDays(n)));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            for (String p : new String[] {"下周", "下星期", "下礼拜"}) {
                SCHEDULE_DATES.add(new DateExpr(dowName(p, d),
                        now -> monday(now.toLocalDate()).plusWeeks(1).plusDays(d.getValue() - 1)));
            }
            for (String p : new String[] {"周", "星期"}) {
                SCHEDULE_DATES.add(new DateExpr(dowName(p, d),
                        now -> now.toLocalDate().with(TemporalAdjusters.next(d))));
            }
            SCHEDULE_DATES.add(new DateExpr(dowName("这周", d), now -> {
                LocalDate x = monday(now.toLocalDate()).plusDays(d.getValue() - 1);
                return x.isAfter(now.toLocalDate()) ? x : null;
            }));
        }
        String[][] futureMonthDays = {{"12月5日", "12", "5"}, {"12月5号", "12", "5"}, {"12月1日", "12", "1"},
            {"12月3号", "12", "3"}, {"12月10日", "12", "10"}, {"12月12号", "12", "12"}, {"12月15日", "12", "15"},
            {"12月20日", "12", "20"}, {"12月28号", "12", "28"}, {"1月4日", "1", "4"}, {"1月8号", "1", "8"},
            {"12.9", "12", "9"}};
        for (String[] md : futureMonthDays) {
            int m = Integer.parseInt(md[1]), day = Integer.parseInt(md[2]);
            SCHEDULE_DATES.add(new DateExpr(md[0], now -> {
                LocalDate today = now.toLocalDate();
                LocalDate x = LocalDate.of(today.getYear(), m, day);
                if (x.isBefore(today)) x = x.plusYears(1);
                return ChronoUnit.DAYS.between(today, x) <= 150 ? x : null;
            }));
        }
        SCHEDULE_DATES.add(new DateExpr("下个月3号", now -> now.toLocalDate().withDayOfMonth(1).plusMonths(1).plusDays(2)));

        Object[][] times = {{"上午9点", 9, 0}, {"上午九点", 9, 0}, {"早上8点半", 8, 30}, {"早上八点", 8, 0},
            {"上午10点", 10, 0}, {"上午十点半", 10, 30}, {"上午11点", 11, 0}, {"中午12点", 12, 0},
            {"下午1点半", 13, 30}, {"下午2点", 14, 0}, {"下午两点", 14, 0}, {"下午三点", 15, 0},
            {"下午3点", 15, 0}, {"下午3:30", 15, 30}, {"下午4点", 16, 0}, {"下午五点半", 17, 30},
            {"下午6点", 18, 0}, {"晚上7点", 19, 0}, {"晚上8点", 20, 0}, {"晚上八点半", 20, 30},
            {"9:30", 9, 30}, {"14:00", 14, 0}, {"16:30", 16, 30}, {"15点", 15, 0}, {"17点", 17, 0}};
        for (Object[] t : times) TIMES.add(new TimeExpr((String) t[0], LocalTime.of((int) t[1], (int) t[2])));
        Object[][] rtimes = {{"上午9点", 9, 0}, {"上午十点", 10, 0}, {"上午10点半", 10, 30}, {"下午两点", 14, 0},
            {"下午3点", 15, 0}, {"下午四点半", 16, 30}, {"晚上7点", 19, 0}, {"中午12点", 12, 0}, {"早上9点", 9, 0}};
        for (Object[] t : rtimes) RECORD_TIMES.add(new TimeExpr((String) t[0], LocalTime.of((int) t[1], (int) t[2])));
    }

    static final List<String> RECORD_DT_DATES = List.of("今天", "昨天", "前天", "周二", "周三", "周四", "上周五", "11月25日");
    static final List<String> SCHEDULE_DT_DATES = List.of("明天", "明天", "后天", "下周一", "下周二", "下周三", "周一",
            "周四", "12月5日", "12月10日", "三天后", "今天", "下周五");

    static DateExpr byText(List<DateExpr> xs, String text) {
        for (DateExpr x : xs) if (x.text.equals(text)) return x;
        if (text.equals("今天")) return new DateExpr("今天", now -> now.toLocalDate());
        throw new IllegalArgumentException(text);
    }

    /** A recorded date, optionally with a time of day; key is "when". */
    static F recordDate(Random r, LocalDateTime now, String key) {
        if (r.nextInt(100) < 25) {
            DateExpr d = byText(RECORD_DATES, any(r, RECORD_DT_DATES));
            TimeExpr t = any(r, RECORD_TIMES);
            LocalDate day = d.fn.at(now);
            if (day == null) return null;
            LocalDateTime x = day.atTime(t.t);
            if (x.isAfter(now)) return null;
            return f(d.text + t.text, key, fmt(x));
        }
        DateExpr d = any(r, RECORD_DATES);
        LocalDate day = d.fn.at(now);
        return day == null ? null : f(d.text, key, fmt(day));
    }

    /** A scheduled date or date-time in the future. */
    static F scheduleDate(Random r, LocalDateTime now, String key, boolean allowBareTimes) {
        int k = r.nextInt(100);
        if (k < 40 || (!allowBareTimes && k < 75)) {
            DateExpr d = any(r, SCHEDULE_DATES);
            LocalDate day = d.fn.at(now);
            return day == null ? null : f(d.text, key, fmt(day));
        }
        if (k < 75 || !allowBareTimes) {
            DateExpr d = byText(SCHEDULE_DATES, any(r, SCHEDULE_DT_DATES));
            TimeExpr t = any(r, TIMES);
            LocalDate day = d.fn.at(now);
            if (day == null) return null;
            LocalDateTime x = day.atTime(t.t);
            if (!x.isAfter(now)) return null;
            return f(d.text + t.text, key, fmt(x));
        }
        if (k < 88) {   // a time without a date: today if still ahead, else tomorrow
            TimeExpr t = any(r, TIMES);
            LocalDateTime x = now.toLocalDate().atTime(t.t);
            if (!x.isAfter(now)) x = x.plusDays(1);
            return f(t.text, key, fmt(x));
        }
        if (k < 94) {
            Object[][] tonight = {{"今晚7点", 19, 0}, {"今晚八点", 20, 0}, {"今晚9点半", 21, 30}, {"今天晚上8点", 20, 0}};
            Object[] t = tonight[r.nextInt(tonight.length)];
            LocalDateTime x = now.toLocalDate().atTime((int) t[1], (int) t[2]);
            return x.isAfter(now) ? f((String) t[0], key, fmt(x)) : null;
        }
        Object[][] elapsed = {{"半小时后", 30}, {"10分钟后", 10}, {"二十分钟后", 20}, {"一个小时后", 60},
            {"两小时后", 120}, {"3小时后", 180}, {"45分钟后", 45}, {"一小时以后", 60}};
        Object[] e = elapsed[r.nextInt(elapsed.length)];
        return f((String) e[0], key, fmt(now.plusMinutes((int) e[1])));
    }

    static final Map<DayOfWeek, String> RRULE_DAY = Map.of(DayOfWeek.MONDAY, "MO", DayOfWeek.TUESDAY, "TU",
            DayOfWeek.WEDNESDAY, "WE", DayOfWeek.THURSDAY, "TH", DayOfWeek.FRIDAY, "FR",
            DayOfWeek.SATURDAY, "SA", DayOfWeek.SUNDAY, "SU");

    static String byday(List<DayOfWeek> days) {
        StringBuilder sb = new StringBuilder();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (days.contains(d)) sb.append(sb.length() == 0 ? "" : ",").append(RRULE_DAY.get(d));
        }
        return sb.toString();
    }

    /** A recurrence (with its first occurrence as "when"). */
    static F recurrence(Random r, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        TimeExpr t = any(r, TIMES);
        int k = r.nextInt(100);
        if (k < 18) {   // daily, always with a time
            String w = any(r, "每天", "每天", "天天", "每日");
            LocalDateTime x = today.atTime(t.t);
            if (!x.isAfter(now)) x = x.plusDays(1);
            return f(w + t.text, "recurrence", "FREQ=DAILY", "when", fmt(x));
        }
        if (k < 33) {   // workdays, always with a time
            String w = any(r, "每个工作日", "工作日每天", "周一到周五每天", "每个工作日的");
            LocalDateTime x = today.atTime(t.t);
            while (!x.isAfter(now) || x.getDayOfWeek().getValue() > 5) x = x.plusDays(1);
            return f(w + t.text, "recurrence", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "when", fmt(x));
        }
        if (k < 85) {   // weekly on one or more days, or every other week
            List<DayOfWeek> days = new ArrayList<>();
            String text;
            String interval = "";
            int kind = r.nextInt(10);
            DayOfWeek d = DayOfWeek.of(1 + r.nextInt(5));
            if (kind < 6) {
                days.add(d);
                text = dowName(any(r, "每周", "每周", "每星期", "每礼拜"), d);
            } else if (kind < 8) {
                DayOfWeek e = DayOfWeek.of(1 + r.nextInt(5));
                if (e == d) return null;
                days.add(d);
                days.add(e);
                text = any(r, "每周", "每星期") + CN_DOW[d.getValue() - 1] + any(r, "和周", "、周", "跟周") + CN_DOW[e.getValue() - 1];
            } else {
                days.add(d);
                interval = ";INTERVAL=2";
                text = any(r, "每两周的", "隔周", "每隔一周的", "双周") + dowName("周", d);
            }
            if (days.contains(today.getDayOfWeek())) return null;   // first occurrence would be ambiguous
            LocalDate first = null;
            for (int i = 1; i <= 7; i++) {
                if (days.contains(today.plusDays(i).getDayOfWeek())) { first = today.plusDays(i); break; }
            }
            String rule = "FREQ=WEEKLY;BYDAY=" + byday(days) + interval;
            if (r.nextInt(100) < 70) return f(text + t.text, "recurrence", rule, "when", fmt(first.atTime(t.t)));
            return f(text, "recurrence", rule, "when", fmt(first));
        }
        int n = any(r, 1, 5, 10, 15, 20, 25, 28);
        if (n == today.getDayOfMonth()) return null;
        String text = any(r, "每月", "每个月", "每月的") + n + any(r, "号", "日");
        LocalDate first = n > today.getDayOfMonth() ? today.withDayOfMonth(n) : today.withDayOfMonth(1).plusMonths(1).withDayOfMonth(n);
        String rule = "FREQ=MONTHLY;BYMONTHDAY=" + n;
        if (r.nextBoolean()) return f(text + t.text, "recurrence", rule, "when", fmt(first.atTime(t.t)));
        return f(text, "recurrence", rule, "when", fmt(first));
    }

    record PeriodExpr(String text, Function<LocalDate, Map<String, Object>> fn) { }

    static PeriodExpr pe(String text, Function<LocalDate, Map<String, Object>> fn) { return new PeriodExpr(text, fn); }

    static PeriodExpr namedMonth(String text, int m, boolean pastOnly) {
        return pe(text, d -> pastOnly && m > d.getMonthValue() ? null : monthPeriod(LocalDate.of(d.getYear(), m, 1)));
    }

    static final List<PeriodExpr> P_TODAY = List.of(
            pe("今天", d -> period(d, d)), pe("今日", d -> period(d, d)));
    static final List<PeriodExpr> P_YESTERDAY = List.of(
            pe("昨天", d -> period(d.minusDays(1), d.minusDays(1))));
    static final List<PeriodExpr> P_THIS_WEEK = List.of(
            pe("本周", d -> period(monday(d), monday(d).plusDays(6))),
            pe("这周", d -> period(monday(d), monday(d).plusDays(6))),
            pe("这星期", d -> period(monday(d), monday(d).plusDays(6))));
    static final List<PeriodExpr> P_LAST_WEEK = List.of(
            pe("上周", d -> period(monday(d).minusWeeks(1), monday(d).minusDays(1))),
            pe("上星期", d -> period(monday(d).minusWeeks(1), monday(d).minusDays(1))));
    static final List<PeriodExpr> P_THIS_MONTH = List.of(
            pe("本月", d -> monthPeriod(d.withDayOfMonth(1))),
            pe("这个月", d -> monthPeriod(d.withDayOfMonth(1))),
            pe("这月", d -> monthPeriod(d.withDayOfMonth(1))));
    static final List<PeriodExpr> P_LAST_MONTH = List.of(
            pe("上个月", d -> monthPeriod(d.withDayOfMonth(1).minusMonths(1))),
            pe("上月", d -> monthPeriod(d.withDayOfMonth(1).minusMonths(1))));
    static final List<PeriodExpr> P_QUARTERS = List.of(
            pe("本季度", d -> quarterPeriod(quarterStart(d))),
            pe("这个季度", d -> quarterPeriod(quarterStart(d))),
            pe("这季度", d -> quarterPeriod(quarterStart(d))),
            pe("上季度", d -> quarterPeriod(quarterStart(d).minusMonths(3))),
            pe("上个季度", d -> quarterPeriod(quarterStart(d).minusMonths(3))),
            pe("Q3", d -> quarterPeriod(LocalDate.of(d.getYear(), 7, 1))),
            pe("第三季度", d -> quarterPeriod(LocalDate.of(d.getYear(), 7, 1))),
            pe("三季度", d -> quarterPeriod(LocalDate.of(d.getYear(), 7, 1))),
            pe("Q4", d -> quarterPeriod(LocalDate.of(d.getYear(), 10, 1))),
            pe("第四季度", d -> quarterPeriod(LocalDate.of(d.getYear(), 10, 1))));
    static final List<PeriodExpr> P_YEARS = List.of(
            pe("今年", d -> period(LocalDate.of(d.getYear(), 1, 1), LocalDate.of(d.getYear(), 12, 31))),
            pe("今年", d -> period(LocalDate.of(d.getYear(), 1, 1), LocalDate.of(d.getYear(), 12, 31))),
            pe("去年", d -> period(LocalDate.of(d.getYear() - 1, 1, 1), LocalDate.of(d.getYear() - 1, 12, 31))));
    static final List<PeriodExpr> P_MONTH_NAMES = List.of(
            namedMonth("十月", 10, true), namedMonth("10月", 10, true), namedMonth("10月份", 10, true),
            namedMonth("9月份", 9, true), namedMonth("11月", 11, true), namedMonth("十一月", 11, true));
    static final List<PeriodExpr> P_FUTURE = List.of(
            pe("下个月", d -> monthPeriod(d.withDayOfMonth(1).plusMonths(1))),
            pe("下月", d -> monthPeriod(d.withDayOfMonth(1).plusMonths(1))),
            namedMonth("12月", 12, false), namedMonth("十二月", 12, false), namedMonth("12月份", 12, false),
            pe("下季度", d -> quarterPeriod(quarterStart(d).plusMonths(3))),
            pe("下个季度", d -> quarterPeriod(quarterStart(d).plusMonths(3))),
            pe("明年", d -> period(LocalDate.of(d.getYear() + 1, 1, 1), LocalDate.of(d.getYear() + 1, 12, 31))),
            pe("明年一季度", d -> quarterPeriod(LocalDate.of(d.getYear() + 1, 1, 1))),
            pe("下周", d -> period(monday(d).plusWeeks(1), monday(d).plusWeeks(1).plusDays(6))));

    @SafeVarargs
    static void periodSlot(String name, List<PeriodExpr>... groups) {
        List<PeriodExpr> all = new ArrayList<>();
        for (List<PeriodExpr> g : groups) all.addAll(g);
        SLOTS.put(name, (r, now) -> {
            PeriodExpr p = any(r, all);
            Map<String, Object> v = p.fn.apply(now.toLocalDate());
            return v == null ? null : f(p.text, "period", v);
        });
    }

    // ------------------------------------------------------------------ amounts

    static final long[] AMOUNTS = {3000, 5000, 6800, 8000, 12000, 12500, 15000, 20000, 25000, 30000, 35000,
        45000, 50000, 60000, 80000, 98000, 120000, 150000, 200000, 260000, 300000, 350000, 500000, 800000,
        1000000, 1200000, 1500000, 2000000, 3500000};

    static final String[] DIGIT = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    static String section(int n, boolean leading) {
        int[] ds = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        String[] units = {"千", "百", "十", ""};
        StringBuilder sb = new StringBuilder();
        boolean started = false, zero = false;
        for (int i = 0; i < 4; i++) {
            int d = ds[i];
            if (d == 0) { if (started) zero = true; continue; }
            if (zero) { sb.append("零"); zero = false; }
            String dig = DIGIT[d];
            if (d == 2 && i <= 1) dig = "两";
            if (d == 1 && i == 2 && !started && leading) dig = "";
            sb.append(dig).append(units[i]);
            started = true;
        }
        return sb.toString();
    }

    /** Chinese numerals for 1..99,999,999. */
    static String chinese(long v) {
        int high = (int) (v / 10000), low = (int) (v % 10000);
        StringBuilder sb = new StringBuilder();
        if (high > 0) sb.append(high == 2 ? "两" : section(high, true)).append("万");
        if (low > 0) {
            if (high > 0 && low < 1000) sb.append("零");
            sb.append(section(low, high == 0));
        }
        return sb.toString();
    }

    /** Colloquial short form: 25000 -> 两万五, 3500 -> 三千五; null when there is none. */
    static String chineseShort(long v) {
        if (v >= 10000 && v < 100000 && v % 1000 == 0 && v % 10000 != 0) {
            int hi = (int) (v / 10000);
            return (hi == 2 ? "两" : DIGIT[hi]) + "万" + DIGIT[(int) (v % 10000 / 1000)];
        }
        if (v > 1000 && v < 10000 && v % 100 == 0 && v % 1000 != 0) {
            int hi = (int) (v / 1000);
            return (hi == 2 ? "两" : DIGIT[hi]) + "千" + DIGIT[(int) (v % 1000 / 100)];
        }
        return null;
    }

    static String trimNum(double x) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", x);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static final String[][] CUR_SUFFIX = {{"元", "CNY"}, {"元", "CNY"}, {"块", "CNY"}, {"块钱", "CNY"},
        {"美元", "USD"}, {"刀", "USD"}, {"美金", "USD"}, {"欧元", "EUR"}, {"英镑", "GBP"}, {"港币", "HKD"},
        {"新加坡元", "SGD"}};
    static final String[][] CUR_PREFIX = {{"¥", "CNY"}, {"￥", "CNY"}, {"RMB", "CNY"}, {"RMB ", "CNY"},
        {"人民币", "CNY"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"HK$", "HKD"}, {"S$", "SGD"}};
    static final String[][] CUR_PREFIX_WORD = {{"人民币", "CNY"}, {"RMB", "CNY"}, {"¥", "CNY"}};

    /** An amount of money; currency: 0 never, 1 maybe, 2 always. */
    static F money(Random r, long v, int currency) {
        List<String[]> forms = new ArrayList<>();   // {text, kind}
        forms.add(new String[] {Long.toString(v), "digits"});
        if (v >= 10000) forms.add(new String[] {String.format(java.util.Locale.ROOT, "%,d", v), "digits"});
        if (v >= 10000 && v % 100 == 0) {
            String w = trimNum(v / 10000.0);
            forms.add(new String[] {w + "万", "word"});
            forms.add(new String[] {w + "万", "word"});
            forms.add(new String[] {w + any(r, "w", "W"), "w"});
        }
        if (v % 1000 == 0 && v < 1000000) forms.add(new String[] {v / 1000 + any(r, "k", "K"), "k"});
        if (v < 10000 && v % 1000 == 0) forms.add(new String[] {v / 1000 + "千", "word"});
        forms.add(new String[] {chinese(v), "word"});
        String s = chineseShort(v);
        if (s != null) { forms.add(new String[] {s, "short"}); forms.add(new String[] {s, "short"}); }
        String[] form = any(r, forms);
        boolean cur = currency == 2 || (currency == 1 && r.nextInt(100) < 55);
        if (form[1].equals("short")) {
            if (currency == 2) return null;
            cur = false;
        }
        if (!cur) return f(form[0], "amount", v);
        String[] c;
        switch (form[1]) {
            case "k": {
                c = any(r, new String[][] {{"¥", "CNY"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"S$", "SGD"}});
                return f(c[0] + form[0], "amount", v, "currency", c[1]);
            }
            case "w": {
                if (r.nextBoolean()) return f(form[0] + "块", "amount", v, "currency", "CNY");
                return f("¥" + form[0], "amount", v, "currency", "CNY");
            }
            case "word": {
                if (r.nextInt(100) < 80) {
                    c = CUR_SUFFIX[r.nextInt(r.nextInt(100) < 60 ? 4 : CUR_SUFFIX.length)];
                    return f(form[0] + c[0], "amount", v, "currency", c[1]);
                }
                c = any(r, CUR_PREFIX_WORD);
                return f(c[0] + form[0], "amount", v, "currency", c[1]);
            }
            default: {
                if (r.nextBoolean()) {
                    c = CUR_PREFIX[r.nextInt(r.nextInt(100) < 60 ? 5 : CUR_PREFIX.length)];
                    return f(c[0] + form[0], "amount", v, "currency", c[1]);
                }
                c = CUR_SUFFIX[r.nextInt(r.nextInt(100) < 60 ? 4 : CUR_SUFFIX.length)];
                return f(form[0] + c[0], "amount", v, "currency", c[1]);
            }
        }
    }

    static String countText(Random r, int n) { return r.nextInt(100) < 65 ? Integer.toString(n) : chinese(n); }

    /** What a set_target message asks for: money, money with a metric word, visits or deals. */
    static F target(Random r, LocalDateTime now) {
        int k = r.nextInt(100);
        if (k < 35) return money(r, any(r, 100000L, 200000L, 300000L, 500000L, 800000L, 1000000L, 1500000L, 2000000L, 50000L, 80000L), 1);
        if (k < 55) {
            F m = money(r, any(r, 200000L, 300000L, 500000L, 1000000L, 1200000L, 3000000L), 1);
            if (m == null) return null;
            String w = any(r, "销售额", "业绩", "营收", "成交额");
            Map<String, Object> e = new LinkedHashMap<>(m.ents);
            e.put("metric", "sales");
            return r.nextBoolean() ? new F(w + m.text, e) : new F(m.text + "的" + w, e);
        }
        if (k < 78) {
            int n = any(r, 20, 25, 30, 40, 50, 60, 80, 100);
            String c = countText(r, n);
            String t = any(r, c + "次拜访", "拜访" + c + "次", c + "个拜访", "拜访" + c + "家客户", "拜访量" + c, c + "次客户拜访");
            return f(t, "amount", (long) n, "metric", "visits");
        }
        int n = any(r, 3, 5, 6, 8, 10, 12, 15, 20);
        String c = countText(r, n);
        String t = any(r, c + "单", "签" + c + "单", "成交" + c + "单", c + "个单子", "签单" + c + "个", "成交" + c + "笔");
        return f(t, "amount", (long) n, "metric", "deals");
    }

    // ------------------------------------------------------------------ slot registry

    static void initSlots() {
        entitySlot("C", "customer", "华为技术", "华为", "腾讯", "腾讯云", "比亚迪", "小米", "小米集团", "阿里巴巴",
                "阿里云", "京东方", "美的集团", "美的", "海尔", "中石化", "顺丰", "顺丰速运", "宁德时代",
                "杭州云帆科技有限公司", "杭州星河网络科技有限公司", "深圳前海智联信息技术有限公司", "苏州恒远精密机械",
                "广州天行贸易有限公司", "成都蓉信软件", "联想", "格力电器", "中兴通讯", "招商银行", "平安保险",
                "海康威视", "三一重工", "伊利", "安踏", "网易", "百度", "字节跳动", "蔚来汽车", "理想汽车", "万科",
                "京东", "苏宁", "上汽集团", "新东方", "恒瑞医药", "立讯精密", "Acme", "Acme Corp", "Globex",
                "Initech", "Umbrella", "Hooli", "Contoso", "Wayne集团", "北京Acme分公司", "南京博远信息");
        entitySlot("P", "contact", "王经理", "李总", "张工", "采购部刘姐", "陈总监", "赵主任", "孙总", "周经理",
                "吴总", "黄总", "林工", "郑主管", "杨副总", "信息部何经理", "财务总监", "采购经理", "技术负责人",
                "CTO", "CEO", "IT经理", "老板娘", "钱处长", "罗总", "高工");
        entitySlot("PH", "contact", "他们CTO", "他们老板", "他们采购", "他们IT负责人", "他们技术总监", "对方采购总监");
        entitySlot("K", "competitor", "金蝶", "用友", "销售易", "纷享销客", "Salesforce", "HubSpot", "红圈",
                "八百客", "Zoho", "SAP", "钉钉", "企业微信", "微软Dynamics", "悟空CRM");
        SLOTS.put("PS", (r, now) -> {
            String[][] ps = {{"<@U024BE7LH>", "U024BE7LH"}, {"<@U03K9PQ2Z1M>", "U03K9PQ2Z1M"},
                {"<@U05R2KQ8ZM1|lily>", "U05R2KQ8ZM1"}, {"<@W012A3CDE>", "W012A3CDE"}, {"<@U07ABCDE12>", "U07ABCDE12"},
                {"<@80351110224678912>", "80351110224678912"}, {"<@!412345678901234567>", "412345678901234567"},
                {"<@293847561029384756>", "293847561029384756"}, {"<@U024BE7LH>", "U024BE7LH"},
                {"小王", "小王"}, {"张伟", "张伟"}, {"李娜", "李娜"}, {"老陈", "老陈"}, {"刘洋", "刘洋"},
                {"赵敏", "赵敏"}, {"阿杰", "阿杰"}, {"小林", "小林"}, {"周婷", "周婷"}, {"Kevin", "Kevin"}, {"Amy", "Amy"}};
            String[] p = ps[r.nextInt(ps.length)];
            return f(p[0], "persons", List.of(p[1]));
        });
        SLOTS.put("VD", (r, now) -> recordDate(r, now, "when"));
        SLOTS.put("FU", (r, now) -> scheduleDate(r, now, "follow_up", false));
        SLOTS.put("RW", (r, now) -> scheduleDate(r, now, "when", true));
        SLOTS.put("REC", GenerateChineseCorpus::recurrence);
        SLOTS.put("AMT", (r, now) -> money(r, AMOUNTS[r.nextInt(AMOUNTS.length)], 1));
        SLOTS.put("AMTC", (r, now) -> money(r, AMOUNTS[r.nextInt(AMOUNTS.length)], 2));
        SLOTS.put("TGT", GenerateChineseCorpus::target);
        SLOTS.put("STG", (r, now) -> {
            String[][] st = {{"线索", "lead"}, {"线索阶段", "lead"}, {"初步接触", "lead"}, {"合格商机", "qualified"},
                {"需求确认", "qualified"}, {"需求确认阶段", "qualified"}, {"方案阶段", "proposal"}, {"报价阶段", "proposal"},
                {"方案报价", "proposal"}, {"谈判阶段", "negotiation"}, {"商务谈判", "negotiation"}, {"谈判", "negotiation"},
                {"赢单", "won"}, {"已赢单", "won"}, {"赢单", "won"}, {"输单", "lost"}, {"丢单", "lost"}, {"已丢单", "lost"},
                {"negotiation", "negotiation"}, {"won", "won"}, {"lost", "lost"}, {"proposal", "proposal"}};
            String[] s = st[r.nextInt(st.length)];
            return f(s[0], "stage", s[1]);
        });
        SLOTS.put("STGF", (r, now) -> {   // stages a deal moves forward to
            String[][] st = {{"需求确认", "qualified"}, {"方案阶段", "proposal"}, {"报价阶段", "proposal"},
                {"谈判阶段", "negotiation"}, {"商务谈判", "negotiation"}, {"赢单", "won"}, {"negotiation", "negotiation"}};
            String[] s = st[r.nextInt(st.length)];
            return f(s[0], "stage", s[1]);
        });
        SLOTS.put("METT", (r, now) -> {   // metrics a target can have
            String[][] m = {{"销售额", "sales"}, {"业绩", "sales"}, {"营收", "sales"}, {"成交额", "sales"},
                {"拜访", "visits"}, {"拜访量", "visits"}, {"拜访次数", "visits"}, {"签单数", "deals"},
                {"成交单数", "deals"}, {"单量", "deals"}, {"成交数", "deals"}};
            String[] x = m[r.nextInt(m.length)];
            return f(x[0], "metric", x[1]);
        });
        SLOTS.put("METR", (r, now) -> {   // metrics of a ranking or a statistic
            String[][] m = {{"销售额", "sales"}, {"业绩", "sales"}, {"营收", "sales"}, {"成交额", "sales"},
                {"拜访量", "visits"}, {"拜访次数", "visits"}, {"拜访", "visits"}, {"签单数", "deals"},
                {"成交单数", "deals"}, {"成交量", "deals"}, {"点赞数", "kudos"}, {"点赞", "kudos"},
                {"kudos", "kudos"}, {"获赞数", "kudos"}};
            String[] x = m[r.nextInt(m.length)];
            return f(x[0], "metric", x[1]);
        });
        periodSlot("PER", P_TODAY, P_YESTERDAY, P_THIS_WEEK, P_THIS_WEEK, P_LAST_WEEK, P_THIS_MONTH, P_THIS_MONTH,
                P_LAST_MONTH, P_QUARTERS, P_YEARS, P_MONTH_NAMES);
        periodSlot("PERC", P_THIS_WEEK, P_THIS_MONTH, P_THIS_MONTH, P_LAST_MONTH, P_QUARTERS, P_YEARS, P_MONTH_NAMES);
        periodSlot("PERT", P_THIS_MONTH, P_THIS_WEEK, P_FUTURE, P_FUTURE, List.of(P_QUARTERS.get(0), P_QUARTERS.get(1),
                P_QUARTERS.get(8), P_YEARS.get(0)));
        periodSlot("PERW", P_THIS_WEEK, P_LAST_WEEK);
        List<PeriodExpr> dayPeriods = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            dayPeriods.add(pe(dowName("周", d), x -> {
                if (x.getDayOfWeek() == d) return null;
                LocalDate y = x.with(TemporalAdjusters.previous(d));
                return period(y, y);
            }));
        }
        dayPeriods.add(pe("前天", x -> period(x.minusDays(2), x.minusDays(2))));
        dayPeriods.add(pe("11月25日", x -> x.isBefore(LocalDate.of(2026, 11, 25)) ? null
                : period(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25))));
        periodSlot("PERD", P_TODAY, P_TODAY, P_TODAY, P_YESTERDAY, P_YESTERDAY, P_THIS_WEEK, P_LAST_WEEK, P_THIS_MONTH, dayPeriods);

        // plain-text slots
        textSlot("n", "2", "3", "4", "5", "6", "两", "三", "四", "五", "7", "8");
        textSlot("hdr", "日报：", "今日日报：", "【日报】", "今天的日报 ", "交日报：", "日报 11.27 ", "今日工作：",
                "今日总结：", "今天小结：", "汇报一下今天的工作：", "今日工作汇报：", "日报来了👇 ", "提交今日日报：",
                "今天工作情况：", "#日报 ", "今日份日报：");
        textSlot("item", "拜访了{c}，{ctxt}", "上午在公司做{c}的方案", "下午去{c}做了演示", "给{c}发了报价单",
                "电话回访老客户{n}个", "整理了{c}的需求文档", "参加部门例会", "跟进{c}的合同审批", "新增线索{n}条",
                "陪{c}的客户参观展厅", "处理{c}的售后问题", "拜访客户{n}家", "打了{n}个陌拜电话", "和{c}对了一下交付时间",
                "{c}的招标文件准备好了", "更新了CRM里的客户信息", "跑了{n}家客户", "{c}那边{ctxt}", "在{c}驻场支持",
                "准备{c}的投标材料", "约了{c}的{p}", "线上给{c}做了培训");
        textSlot("item2", "晚上整理了{c}的报价", "{c}的样品寄出去了", "协助{c}做了系统测试", "和{c}的{p}吃了个饭",
                "参加了{c}的招标答疑会", "{c}的发票开好了", "催了{c}的回款", "给{c}做了产品培训", "陪领导见了{c}",
                "带新人跑了{n}家客户", "修改了{c}的合同条款", "在家整理客户清单");
        textSlot("ctxt", "对方有意向", "还在比价", "需求不太明确", "反馈不错", "预算还没批", "要等老板拍板");
        textSlot("plan", "明天计划拜访{c}", "明天跟进{c}的报价", "明日：去{c}签合同", "明天继续跟{c}", "明天在公司写方案",
                "下周约了{c}", "明天去{c}做演示", "明日计划：电话回访{n}个老客户");
        textSlot("witem", "本周拜访{n}家客户", "签单{n}个", "新增商机{n}个", "{c}进入谈判", "完成{c}的方案演示",
                "回款{n}笔", "{c}的合同已盖章");
        textSlot("witem2", "跑了{n}个新客户", "{c}方案定稿", "丢了{c}一单", "{c}续约完成", "整理了季度复盘材料",
                "参加了行业展会", "拿到{c}的中标通知");
        textSlot("whdr", "周报：", "本周工作总结：", "这周的周报：", "【周报】", "本周小结：");
        textSlot("task", "开周会", "交周报", "更新商机", "写日报", "对一下本周数据", "开晨会", "提交拜访记录", "填报销单", "整理客户名单");
        textSlot("meet", "周会", "销售例会", "晨会", "复盘会", "pipeline会", "商机评审会");
        textSlot("reason", "帮我搞定了{c}的演示", "拿下了{c}的大单", "连续三周拜访量第一", "周末还在帮客户处理问题",
                "方案写得太好了", "把{c}的续约谈下来了", "带新人很用心", "今天的培训讲得很清楚", "熬夜改完了{c}的标书",
                "第一个完成本月目标", "{c}的客户专门打电话来表扬", "帮忙顶了我的班", "报价做得又快又准",
                "在{c}那边把{k}挤掉了", "分享的话术超实用");
        textSlot("pre", "", "", "", "帮我", "麻烦", "请", "小助手，", "嗯，");
        textSlot("qsuf", "", "", "", "？", "呢", "啊", "呀");
        textSlot("vsuf", "", "", "", "吧", "呗", "哈");
        textSlot("oops", "", "", "", "哎呀，", "糟了，", "不好意思，", "等等，", "啊", "我去，");
        textSlot("greet", "你好", "您好", "早", "早上好", "早安", "下午好", "晚上好", "晚安", "嗨", "哈喽", "hello",
                "hi", "在吗", "大家好", "早啊");
        textSlot("addr", "小助手", "机器人", "销售助手", "小秘书", "助手", "各位");
        textSlot("thanks", "谢谢", "谢啦", "多谢", "感谢", "谢谢你", "太感谢了", "辛苦了", "好的谢谢", "收到谢谢",
                "thx", "3q", "谢谢哈", "感恩");
        textSlot("chat", "今天好累啊", "周五了终于", "你真聪明", "吃了吗", "加油", "冲冲冲", "哈哈哈哈", "好的", "收到",
                "明白了", "嗯嗯", "你是机器人吗", "你叫什么名字", "你几岁了", "今天心情不错", "累死了", "周末愉快",
                "下班了", "又是元气满满的一天", "好无聊啊", "你好厉害", "晚安各位", "早点休息", "哈哈哈", "好滴",
                "没事了", "懂了", "666", "牛", "你是真人吗", "好开心", "今天降温了大家注意保暖");
        textSlot("city", "北京", "上海", "深圳", "广州", "成都", "杭州", "武汉", "西安", "南京", "重庆", "厦门");
        textSlot("city2", "苏州", "长沙", "青岛", "郑州", "天津", "合肥");
        textSlot("dt", "明天", "下周一", "12月5日", "周五", "后天", "这周六");
        textSlot("stock", "茅台", "腾讯控股", "宁德时代", "比亚迪", "苹果", "特斯拉");
        textSlot("topic", "秋天", "大海", "销售", "咖啡", "故乡", "加班");
        textSlot("food", "麻辣烫", "黄焖鸡", "奶茶", "披萨", "烧烤", "沙县小吃");
        textSlot("phrase", "我们下周见", "合同已经发出", "感谢您的支持", "价格可以再谈");
    }

    // ------------------------------------------------------------------ intents and templates

    static void initIntents() {
        intent("log_visit", "customer,contact,when,follow_up,amount,currency",
                "{VD}拜访了{C}，{P}对方案很感兴趣，{FU}再跟进",
                "{VD}去了趟{C}，见了{P}",
                "{VD}去了{C}，见了{PH}，聊得挺好",
                "记录拜访：{C}，{P}，{VD}",
                "{VD}见了{C}的{P}，预计有{AMT}的单子",
                "刚从{C}出来，跟{P}聊了一个多小时",
                "{VD}和{C}的{P}开了个会，{FU}给他们发方案",
                "跟{C}的{P}通了个电话，约了{FU}上门",
                "{VD}上门拜访{C}，对接人{P}，意向金额{AMT}",
                "拜访{C} {P} 需求明确 {FU}回访",
                "{VD}在{C}做了产品演示，{P}挺满意的，{FU}跟进报价",
                "{C}拜访完了，{P}说要内部讨论一下，{FU}再联系",
                "登记一下，{VD}拜访了{C}",
                "{VD}请{C}的{P}吃了个饭，聊了明年的预算，大概{AMT}",
                "打卡 {C} {VD}",
                "{VD}电话拜访了{C}的{P}，{FU}上门",
                "见客户：{C}（{P}），潜在金额{AMT}，下次跟进{FU}",
                "和{C}开了视频会，{PH}也在，{FU}再对一下细节",
                "{VD}跑了一趟{C}，{P}答应{FU}给答复",
                "{VD}拜访{C}，{P}很关心价格，{FU}带技术过去",
                "{C}的{P}{VD}来公司参观了，{FU}安排回访",
                "{VD}和{P}在{C}聊了试点项目，规模{AMT}左右",
                "新拜访 {C} 联系人{P}",
                "{VD}见了{C}的{P}",
                "{VD}去{C}做了需求调研，{FU}出方案",
                "客户拜访：{C}/{P}/{VD}/下次{FU}",
                "{VD}陪区域经理拜访了{C}，{PH}全程参与",
                "{C}，{VD}见的{P}，有{AMT}左右的采购计划，{FU}再约");

        intent("log_sale", "customer,amount,currency,when",
                "签了{C} {AMT}",
                "{VD}拿下{C}，合同金额{AMT}",
                "{C}搞定了！{AMT}",
                "{VD}和{C}签约了，{AMT}",
                "成交：{C}，{AMT}，{VD}",
                "{C}的单子签了，{AMT}",
                "报个喜，{C}{AMT}的合同{VD}签了",
                "{C}回签合同了，总额{AMT}",
                "{C}下单了 {AMT}",
                "{C}这单终于拿下了",
                "录一笔成交 {C} {AMT}",
                "{VD}签下{C}，金额{AMT}",
                "{C}赢单了，{AMT}",
                "{C}合同盖章了，{AMT}",
                "{VD}成交一单，{C}，{AMT}",
                "{C} {AMT} 签了",
                "开单了！{C} {AMT}",
                "{C}续约了，{AMT}",
                "{VD}卖给{C}一批设备，{AMT}",
                "记一笔销售：{C} {AMT}",
                "{C}的PO下来了，{AMT}",
                "{C}那边签字了，一共{AMT}",
                "{VD}把{C}签了",
                "{C}的合同{VD}签完了",
                "{VD}拿下{C}",
                "{C}搞定了，{VD}签的，{AMTC}");

        intent("update_deal", "customer,stage,amount,currency",
                "把{C}改成{STG}",
                "{C}这单改成{STG}",
                "{C}推进到{STGF}了",
                "{C}黄了||stage=lost",
                "{C}这单丢了||stage=lost",
                "{C}丢单了，被竞品抢了||stage=lost",
                "给{C}发了报价||stage=proposal",
                "{C}的报价单发过去了，{AMT}||stage=proposal",
                "{C}进入商务谈判了||stage=negotiation",
                "{C}更新一下阶段：{STG}",
                "{C}需求确认了，标记为合格商机||stage=qualified",
                "{C}录成线索||stage=lead",
                "把{C}的商机标记为{STG}",
                "{C}那个单子挪到{STGF}，金额改成{AMT}",
                "{C}在谈价格了，改到谈判阶段||stage=negotiation",
                "{C}没戏了，标记输单||stage=lost",
                "{C}阶段改为{STG}",
                "{C}这单 -> {STG}",
                "{C}方案已经提交，阶段更新成方案||stage=proposal",
                "标记{C}为{STG}",
                "{C}商机推进到方案阶段，预计{AMT}||stage=proposal",
                "新增商机 {C}，先放线索阶段||stage=lead",
                "{C}的单子{AMT}，更新到{STG}",
                "{C}凉了||stage=lost",
                "{C}已经在走合同审批了，改成谈判||stage=negotiation",
                "{C}报价已发，{AMT}||stage=proposal");

        intent("my_target", "period,metric",
                "我{PER}的目标完成多少了",
                "{PER}指标还差多少",
                "我的{METT}目标进度",
                "看下我{PER}{METT}完成率",
                "离{PER}目标还有多远",
                "我目标达成了吗",
                "我的KPI完成得怎么样了",
                "查一下我{PER}的任务完成情况",
                "{PER}我完成了百分之多少",
                "我{PER}{METT}目标完成了多少",
                "我的业绩进度怎么样||metric=sales",
                "我还差多少能完成{PER}的指标",
                "我的目标",
                "看看我的进度",
                "{PER}我的{METT}达标了没",
                "帮我看看目标完成度",
                "我{PER}能完成任务吗，现在多少了",
                "{PER}的指标我完成几成了",
                "我现在距离{PER}的{METT}目标还差多少",
                "我的{PER}目标",
                "进度怎么样了，我{PER}的",
                "{PER}我的指标进度条",
                "我{PER}{METT}完成目标的百分之几了");

        intent("set_target", "persons,amount,currency,metric,period",
                "给{PS}定{PERT}目标{TGT}",
                "{PS}{PERT}的指标是{TGT}",
                "设置{PS}{PERT}目标：{TGT}",
                "把{PS}{PERT}的任务定成{TGT}",
                "{PERT}团队目标{TGT}",
                "{PS}和{PS}{PERT}目标都是{TGT}",
                "给全组设个{PERT}目标，{TGT}",
                "{PS}的{PERT}目标调整为{TGT}",
                "下达{PERT}指标：{PS} {TGT}",
                "{PERT}每人{TGT}",
                "{PS}{PERT}要完成{TGT}",
                "帮我给{PS}设目标，{PERT}{TGT}",
                "{PS} {PERT}目标改成{TGT}",
                "{PERT}{PS}的KPI定为{TGT}",
                "我们组{PERT}的目标定为{TGT}",
                "{PERT}的目标：{PS} {TGT}",
                "设定目标 {PS} {TGT}",
                "把{PS}的指标提到{TGT}",
                "{PS}、{PS}{PERT}指标各{TGT}");

        intent("team_ranking", "metric,period",
                "{PER}{METR}排行",
                "{PER}{METR}排名",
                "看看{PER}的排行榜",
                "{PER}谁的{METR}最高",
                "排行榜",
                "{PER}销售龙虎榜||metric=sales",
                "团队{METR}排名怎么样",
                "{PER}谁拜访最多||metric=visits",
                "{PER}谁签单最多||metric=deals",
                "{PER}{METR}前十名",
                "我在{PER}排第几",
                "{PER}{METR} top5",
                "发一下{PER}的{METR}榜单",
                "{PER}谁收到的赞最多||metric=kudos",
                "{PER}业绩前三是谁||metric=sales",
                "给我看下团队排名",
                "{PER}的销冠是谁||metric=sales",
                "{PER}大家的{METR}排个序",
                "{METR}排行榜拉一下",
                "{PER}谁跑客户跑得最勤||metric=visits",
                "排名 {PER}",
                "{PER}{METR}第一是谁");

        intent("stats_query", "metric,persons,period,customer",
                "{PS}{PER}拜访了几家客户||metric=visits",
                "{PS}{PER}{METR}多少",
                "{PER}团队一共签了几单||metric=deals",
                "{C}{PER}成交额多少||metric=sales",
                "{PER}整个团队{METR}是多少",
                "{PS}{PER}签了多少单||metric=deals",
                "{PER}一共拜访了{C}几次||metric=visits",
                "统计一下{PER}的{METR}",
                "{PS}和{PS}{PER}的{METR}对比一下",
                "{PER}{C}那边我们跑了多少趟||metric=visits",
                "{PS}{PER}业绩咋样||metric=sales",
                "{PER}平均每人拜访多少次||metric=visits",
                "把{PS}的数据拉一下",
                "{PER}一共收到多少个赞||metric=kudos",
                "{PER}{C}贡献了多少销售额||metric=sales",
                "{PS}{PER}成交了几笔||metric=deals",
                "查下{PS}{PER}的{METR}",
                "{PER}全组{METR}汇总",
                "{PER}哪个客户成交额最高||metric=sales",
                "{PS}{PER}的{METR}怎么样",
                "{PS}{PER}去过{C}几次||metric=visits");

        intent("daily_report", "",
                "{hdr}{item}；{item2}；{plan}",
                "{hdr}{item}，{item2}",
                "{hdr}1.{item} 2.{item} 3.{plan}",
                "{item}，{item}，{plan}。以上是今天的日报",
                "{whdr}{witem}；{witem2}；下周重点跟进{c}",
                "{hdr}{item}",
                "{hdr}{item}；{plan}",
                "今天{item}，{item2}，没什么特别的，{plan}",
                "{hdr}全天外出，{item}，{item2}",
                "{whdr}{witem}，{witem2}，{plan}",
                "报告：{item}。{plan}。",
                "{hdr}上午{item}，下午{item2}，晚上整理资料",
                "今日：{item} / {item2} / {plan}",
                "{hdr}{item}；{item2}；{item}；{plan}",
                "今天跑客户：{item}，{item2}",
                "日报打卡：{item2}",
                "下班前交个日报：{item}，{plan}",
                "今天情况：{item2}；{plan}",
                "今天的工作汇报一下，{item}，{plan}");

        intent("missing_reports", "period",
                "{PERD}谁还没交日报",
                "{PERD}哪些人没写日报",
                "查一下{PERD}日报没交的",
                "{PERD}日报缺交名单",
                "还有谁没交日报",
                "{PERW}周报谁没交",
                "看看{PERD}有几个人没提交日报",
                "日报提交情况 {PERD}",
                "{PERD}谁漏交了日报",
                "催一下{PERD}没交日报的人",
                "{PERD}的日报都交齐了吗",
                "未提交日报的同事有哪些",
                "有人{PERD}没写日报吗",
                "列一下{PERD}没交报告的人",
                "{PERD}谁的日报还没到",
                "哪些人{PERD}没汇报工作",
                "{PERD}缺了谁的日报",
                "{PERW}的周报还差谁");

        intent("set_reminder", "when,recurrence,persons",
                "{RW}提醒我给{c}打电话",
                "提醒我{RW}跟进{c}",
                "{REC}提醒团队{task}",
                "{REC}提醒我写日报",
                "帮我设个提醒，{RW}去{c}拜访",
                "{RW}提醒{PS}交方案",
                "{RW}提醒我开会",
                "{REC}提醒{PS}和{PS}对一下数据",
                "设个提醒：{RW}和{c}的{p}见面",
                "{RW}叫我一下，要给{c}发合同",
                "设置提醒 {RW} 报价截止",
                "{REC}开{meet}，记得提醒大家",
                "别让我忘了{RW}给{c}回电话",
                "{REC}提醒我更新CRM",
                "以后{REC}都提醒我看一下业绩",
                "提醒{PS}{RW}之前把周报交了",
                "{RW}提醒下{PS}，{c}的合同要续签了",
                "每两周提醒我盘一下商机||recurrence=FREQ=WEEKLY;INTERVAL=2",
                "提醒我每两周跟{c}对一次账||recurrence=FREQ=WEEKLY;INTERVAL=2",
                "{REC}，提醒我{task}",
                "{RW}记得提醒我带合同",
                "{REC}提醒{PS}{task}");

        intent("list_reminders", "",
                "{pre}看看我的提醒{vsuf}",
                "我有哪些提醒{qsuf}",
                "{pre}列出我的提醒事项",
                "提醒列表",
                "我设了哪些提醒来着",
                "明天有什么提醒吗",
                "{pre}查一下所有定时提醒",
                "我的待办提醒有几个",
                "之前设的提醒都还在吗",
                "给我看一下这周的提醒",
                "有哪些周期性提醒{qsuf}",
                "{pre}显示全部提醒",
                "我定的提醒都有啥",
                "{pre}查看提醒",
                "团队的例会提醒设好了没",
                "我还有几个提醒没触发",
                "提醒都有哪些，列一下",
                "{pre}调出我设置过的提醒",
                "我的提醒{qsuf}");

        intent("cancel_reminder", "",
                "{pre}取消提醒",
                "把{rw}的提醒取消掉",
                "删除{c}那个提醒",
                "不用提醒我了",
                "周会提醒关掉",
                "{pre}取消{rec}的提醒",
                "刚才那个提醒删了吧",
                "别再提醒我写日报了",
                "{pre}撤掉明天的提醒",
                "提醒取消，客户改期了",
                "{pre}把所有提醒都清空",
                "停掉{rec}的{meet}提醒",
                "不要再提醒我跟进{c}了",
                "那个跟进{c}的提醒不要了",
                "提醒删掉{vsuf}",
                "关闭每日日报提醒",
                "{rw}那个提醒不用了，{c}改时间了",
                "{pre}取消{rec}{task}的提醒");

        intent("give_kudos", "persons",
                "给{PS}点个赞，{reason}",
                "感谢{PS}{reason}",
                "{PS} 太牛了，{reason}",
                "表扬一下{PS}，{reason}",
                "kudos {PS} {reason}",
                "为{PS}和{PS}鼓掌👏 {reason}",
                "大家给{PS}点赞！{reason}",
                "👍 {PS} {reason}",
                "特别感谢{PS}和{PS}，{reason}",
                "{PS}真棒，{reason}",
                "夸一下{PS}：{reason}",
                "给{PS}加个鸡腿，{reason}",
                "向{PS}学习！{reason}",
                "{PS}必须表扬，{reason}",
                "点赞{PS}",
                "谢谢{PS}的支持，{reason}",
                "{PS}今天立大功了，{reason}",
                "给{PS}送朵小红花🌹{reason}");

        intent("customer_info", "customer",
                "{C}的情况怎么样",
                "查一下{C}",
                "{C}最近有什么进展",
                "{C}的拜访记录",
                "{C}这单到哪一步了",
                "给我看看{C}的历史",
                "我们跟{C}打过哪些交道",
                "{C}下一步是什么",
                "{C}上次谁去拜访的",
                "客户资料：{C}",
                "{C}有哪些商机",
                "调一下{C}的档案",
                "{C}那边现在谁在跟",
                "关于{C}，有什么记录吗",
                "{C}之前签过什么单",
                "明天要去{C}，先看下之前的沟通记录",
                "{C}的联系人都有谁",
                "{C} 客户详情",
                "帮我回顾一下{C}的跟进情况",
                "{C}现在什么状态");

        intent("log_competitor", "competitor,customer",
                "{K}也在跟{C}",
                "{C}那边{K}报价比我们低",
                "竞品情报：{K}在{C}做了演示",
                "听说{C}在看{K}的产品",
                "{K}最近在降价，{C}的采购跟我说的",
                "记录一下竞争对手：{K}，客户{C}",
                "{C}现在用的是{K}，合同明年到期",
                "{K}给{C}送了半年免费试用",
                "{K}在挖我们的客户，{C}已经被接触了",
                "{K}出了新版本，功能跟我们差不多",
                "{C}说{K}的实施团队不行",
                "{K}在{C}的招标里出现了",
                "对手{K}打折打到五折了",
                "{C}对比了我们和{K}",
                "{K}的销售今天也去{C}了",
                "竞对动态 {K} {C} 低价抢单",
                "{C}倾向于{K}，因为价格便宜",
                "注意：{K}在华南区大规模推广");

        intent("my_commission", "period",
                "我{PERC}提成多少",
                "{PERC}我的奖金有多少",
                "{pre}查一下我的佣金",
                "我{PERC}能拿多少提成",
                "提成算出来了吗",
                "{PERC}我赚了多少提成",
                "{pre}看一下我{PERC}的奖金",
                "我的提成明细",
                "{PERC}的佣金什么时候算好",
                "我到现在为止提成多少钱了",
                "{PERC}我拿了多少bonus",
                "算算我{PERC}的提成",
                "离下一档提成还差多少",
                "我的奖金到哪一档了",
                "{PERC}提成能有多少啊",
                "我{PERC}的绩效奖金出来没",
                "提成 {PERC}",
                "我{PERC}的提成怎么算的");

        intent("undo", "",
                "{oops}撤销",
                "{oops}撤销上一条",
                "{oops}撤回{vsuf}",
                "撤回上一条",
                "{oops}刚才那条录错了，删掉",
                "删除上一条记录",
                "不对不对，撤回",
                "{oops}刚刚那个拜访记错了，撤销一下",
                "上一条作废",
                "undo",
                "{oops}撤销刚才的操作",
                "{oops}刚才录的那单是错的，帮我删了",
                "回退一下",
                "{oops}取消刚才的记录",
                "我手滑了，撤回",
                "{oops}把我最后一条删掉",
                "{oops}刚才发错了，撤销",
                "那条不算，撤了吧",
                "{oops}刚录的成交金额写错了，先撤回",
                "上一步撤销");

        intent("help", "",
                "{pre}帮助",
                "你能做什么{qsuf}",
                "怎么用",
                "有哪些功能{qsuf}",
                "怎么录入拜访",
                "怎么设置提醒",
                "命令列表",
                "help",
                "第一次用，不知道怎么弄",
                "你都会些啥",
                "怎么查业绩",
                "{pre}发一下使用说明",
                "{pre}教我一下怎么记录成交",
                "这个机器人是干嘛的",
                "日报怎么写给你",
                "怎么给同事点赞",
                "支持哪些指令",
                "怎么查看排行榜",
                "能举几个例子吗",
                "怎么撤销录错的记录",
                "录入成交的格式是什么",
                "{greet}，你能帮我做什么");

        intent("smalltalk", "",
                "{greet}",
                "{greet}{addr}",
                "{addr}{greet}",
                "{thanks}",
                "{thanks}{addr}",
                "{chat}",
                "{greet}，{chat}",
                "{thanks}，{chat}",
                "{greet}{addr}，{chat}",
                "哈哈，{chat}",
                "{chat}，{addr}",
                "{addr}，{chat}",
                "{thanks}，{addr}辛苦了",
                "{greet}呀",
                "{addr}你好呀",
                "{thanks}！{chat}",
                "{greet}，周末愉快",
                "{addr}晚安",
                "周一好，{addr}",
                "{greet}，今天也要加油哦",
                "{chat}哈哈",
                "嘿嘿，{thanks}",
                "{addr}在不在");

        intent("unknown", "",
                "{city}明天天气怎么样",
                "明天会下雨吗",
                "帮我订一张{dt}去{city}的机票",
                "订一个{city}的酒店，{dt}入住",
                "我的密码忘了，怎么重置",
                "重置一下我的邮箱密码",
                "帮我把这句话翻译成英文：{phrase}",
                "{stock}今天股价多少",
                "今天股票行情怎么样",
                "写首关于{topic}的诗",
                "讲个笑话",
                "来个笑话听听",
                "双十一有什么打折活动",
                "帮我点个{food}外卖",
                "附近有什么好吃的",
                "帮我叫个车去{city}南站",
                "世界杯谁赢了",
                "电脑蓝屏了怎么办",
                "公司wifi密码多少",
                "会议室怎么预约",
                "报销流程怎么走",
                "我还有几天年假",
                "推荐一部好看的电影",
                "{city}有什么好玩的",
                "我的快递到哪了",
                "火车票怎么改签",
                "今天午饭吃啥",
                "帮我写一封辞职信",
                "比特币现在多少钱",
                "帮我查一下{city}到{city2}的高铁",
                "打印机坏了找谁",
                "公司年会什么时候",
                "帮我生成一张海报",
                "给我推荐几本书",
                "人民币兑美元汇率多少",
                "{dt}放假吗",
                "今天星期几",
                "{city}{dt}会不会下雪",
                "帮我订{dt}晚上的餐厅",
                "{food}外卖怎么还没到",
                "asdfghjkl",
                "。。。",
                "？？？",
                "😂😂😂");
    }

    // ------------------------------------------------------------------ second pass: more phrasings

    /** Adds templates to an intent defined in {@link #initIntents()}. */
    static void more(String name, String... templates) {
        Intent in = INTENTS.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
        for (String t : templates) {
            Map<String, Object> fixed = new LinkedHashMap<>();
            String pattern = t;
            int bar = t.indexOf("||");
            if (bar >= 0) {
                pattern = t.substring(0, bar);
                for (String kv : t.substring(bar + 2).split("&&")) {
                    int eq = kv.indexOf('=');
                    fixed.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            in.templates().add(new Template(pattern, fixed));
        }
    }

    /** More customers, competitors and colleagues, so no single name is frequent enough to be a cue. */
    static void initMoreSlots() {
        List<String> customers = new ArrayList<>(List.of("华为技术", "华为", "腾讯", "腾讯云", "比亚迪", "小米", "小米集团",
                "阿里巴巴", "阿里云", "京东方", "美的集团", "美的", "海尔", "中石化", "顺丰", "顺丰速运", "宁德时代",
                "杭州云帆科技有限公司", "杭州星河网络科技有限公司", "深圳前海智联信息技术有限公司", "苏州恒远精密机械",
                "广州天行贸易有限公司", "成都蓉信软件", "联想", "格力电器", "中兴通讯", "招商银行", "平安保险",
                "海康威视", "三一重工", "伊利", "安踏", "网易", "百度", "字节跳动", "蔚来汽车", "理想汽车", "万科",
                "京东", "苏宁", "上汽集团", "新东方", "恒瑞医药", "立讯精密", "Acme", "Acme Corp", "Globex",
                "Initech", "Umbrella", "Hooli", "Contoso", "Wayne集团", "北京Acme分公司", "南京博远信息",
                "工商银行", "中国移动", "蒙牛", "农夫山泉", "海底捞", "瑞幸咖啡", "贝壳找房", "拼多多", "中国建筑",
                "国家电网", "中远海运", "药明康德", "光明乳业", "五粮液", "复星医药", "TCL", "OPPO", "vivo"));
        String[] city = {"宁波", "无锡", "佛山", "东莞", "温州", "济南", "昆明", "大连", "福州", "南昌", "石家庄", "常州"};
        String[] brand = {"恒信", "华锐", "金桥", "瑞丰", "永达", "博通", "启明", "远航", "鼎盛", "新元", "天和", "汇智"};
        String[] trade = {"电子", "机械", "医疗器械", "物流", "食品", "化工", "建材", "软件", "纺织", "汽车配件", "贸易", "酒店管理"};
        String[] form = {"有限公司", "股份有限公司", "集团", "", "科技"};
        SLOTS.put("C", (r, now) -> {
            String s = r.nextInt(100) < 40
                    ? any(r, city) + any(r, brand) + any(r, trade) + any(r, form)
                    : any(r, customers);
            return f(s, "customer", s);
        });
        SLOTS.put("K", (r, now) -> {
            String s = any(r, "金蝶", "用友", "销售易", "纷享销客", "Salesforce", "HubSpot", "红圈", "八百客", "Zoho",
                    "SAP", "钉钉", "企业微信", "微软Dynamics", "悟空CRM", "飞书", "有赞", "简道云", "腾讯企点", "神州云动",
                    "浪潮", "东软", "鼎捷软件", "小满科技", "微盟", "智齿科技", "Oracle", "Pipedrive");
            return f(s, "competitor", s);
        });
        SLOTS.put("PS", (r, now) -> {
            String[][] ps = {{"<@U024BE7LH>", "U024BE7LH"}, {"<@U03K9PQ2Z1M>", "U03K9PQ2Z1M"},
                {"<@U05R2KQ8ZM1|lily>", "U05R2KQ8ZM1"}, {"<@W012A3CDE>", "W012A3CDE"}, {"<@U07ABCDE12>", "U07ABCDE12"},
                {"<@80351110224678912>", "80351110224678912"}, {"<@!412345678901234567>", "412345678901234567"},
                {"<@293847561029384756>", "293847561029384756"}, {"<@U09XYZ12AB>", "U09XYZ12AB"},
                {"小王", "小王"}, {"张伟", "张伟"}, {"李娜", "李娜"}, {"老陈", "老陈"}, {"刘洋", "刘洋"},
                {"赵敏", "赵敏"}, {"阿杰", "阿杰"}, {"小林", "小林"}, {"周婷", "周婷"}, {"Kevin", "Kevin"}, {"Amy", "Amy"},
                {"陈静", "陈静"}, {"刘强", "刘强"}, {"小张", "小张"}, {"老李", "老李"}, {"黄蕾", "黄蕾"}, {"马超", "马超"},
                {"杨帆", "杨帆"}, {"郭晶", "郭晶"}, {"朱琳", "朱琳"}, {"Jack", "Jack"}, {"Lucy", "Lucy"}, {"阿明", "阿明"},
                {"小美", "小美"}, {"胡波", "胡波"}};
            String[] p = ps[r.nextInt(ps.length)];
            return f(p[0], "persons", List.of(p[1]));
        });
        textSlot("item3", "在外面跑了一天客户", "整理报价", "开了两个内部会", "写了{c}的方案", "接待了{c}来访",
                "做了{n}场演示", "回访了老客户", "在办公室写标书", "跟财务对账", "录入了CRM", "和{c}电话沟通了合同细节",
                "给{c}寄了样品", "去{c}收了款", "参加了产品培训", "约了下周{c}的会");
        textSlot("ood", "帮我订个会议室", "公司班车几点发车", "怎么连VPN", "帮我查下快递", "今天限号吗", "推荐个理发店",
                "今天空气质量怎么样", "给我讲个故事", "帮我写个周末出游攻略", "基金怎么买", "黄金价格多少", "油价涨了吗",
                "明天几点日出", "怎么做红烧肉", "手机没电了怎么办", "电脑开不了机", "医保怎么报销", "帮我算一下个税",
                "最近有什么新闻", "哪里有充电桩", "周末去哪玩", "世界上最高的山是哪座", "帮我写段Python代码",
                "微信怎么转账", "淘宝销量排行", "排行榜前十的电影", "去博物馆参观要预约吗", "超市今天打折吗",
                "帮我约个牙医", "怎么办信用卡", "健身房几点关门", "帮我画只猫", "历史上的今天", "怎么申请护照");
    }

    static void initMoreIntents() {
        more("log_visit",
                "{VD}上门拜访了{C}，和{P}聊了下明年的采购计划",
                "{VD}去{C}转了一圈，{P}不在，留了资料",
                "刚跟{C}的{P}开完会，{FU}出方案",
                "{VD}约了{C}的{P}喝咖啡，聊得不错",
                "{VD}带着样品去了{C}，{P}挺认可",
                "{VD}拜会{C}{P}，对方想{FU}再看一次演示",
                "{C}的{P}{VD}接待了我，初步意向{AMT}",
                "{VD}和{C}线上沟通了一小时，{P}参加了",
                "走访{C}，见到了{P}",
                "{VD}在{C}做了技术交流，{FU}安排试用",
                "{VD}去{C}送资料，顺便见了{P}",
                "{VD}面谈{C}{P}，预算{AMT}左右",
                "拜访记录：{VD} {C} {P} 意向较强",
                "{VD}陪{P}看了{C}的产线，{FU}回访",
                "{VD}去了{C}开需求沟通会",
                "{VD}去{C}做了个demo，{P}很满意",
                "{VD}和{C}的{P}见了面，{FU}再沟通一次",
                "{C}，{P}，{VD}上门，聊了报价");
        more("log_sale",
                "{C}的合同签回来了，{AMT}",
                "{VD}{C}付了首款，{AMT}",
                "喜报！{C}签约{AMT}",
                "{C}定了，{AMT}",
                "{C}采购单下来了，{AMT}",
                "{VD}成功签约{C}",
                "{C}中标了，金额{AMT}",
                "{C}首单成交，{AMT}",
                "{C}那单成了，{AMT}",
                "{VD}和{C}把合同签了",
                "{C}打款了，{AMT}，记一笔成交",
                "{C}的续费搞定了，{AMT}",
                "{C}{VD}确认下单，{AMT}",
                "出单啦 {C} {AMT}",
                "{C}签了{AMT}的年单");
        more("update_deal",
                "{C}的商机推进到{STGF}",
                "{C}现在是{STG}",
                "{C}已经提交方案了||stage=proposal",
                "{C}这个商机关掉吧，客户不做了||stage=lost",
                "{C}项目取消了，标记丢单||stage=lost",
                "{C}客户确认有预算，转为合格商机||stage=qualified",
                "{C}开始谈合同条款了||stage=negotiation",
                "{C}在走采购流程，改到谈判||stage=negotiation",
                "{C}这条线索录进去||stage=lead",
                "{C}从方案阶段退回线索||stage=lead",
                "把{C}挪到{STG}",
                "{C}阶段更新：{STG}",
                "{C}的标书交了||stage=proposal",
                "{C}被对手截胡了，输单||stage=lost");
        more("my_target",
                "我{PER}还差多少完成目标",
                "我的目标完成率是多少",
                "我{PER}完成了多少了",
                "我离目标还远吗",
                "我{PER}的任务量完成情况",
                "目标进度查一下",
                "我{PER}能达标吗",
                "我{PER}的{METT}达成率",
                "帮我算下我{PER}的目标缺口",
                "我的指标完成得怎么样");
        more("set_target",
                "{PS}{PERT}的目标就定{TGT}吧",
                "{PERT}给{PS}压{TGT}的指标",
                "设{PS}的{PERT}任务为{TGT}",
                "{PS}{PERT}目标上调到{TGT}",
                "{PERT}我们团队冲{TGT}",
                "把{PS}{PERT}的目标设置成{TGT}");
        more("team_ranking",
                "{PER}谁的单子最多||metric=deals",
                "{PER}前三名是谁",
                "{PER}的英雄榜",
                "{PER}{METR}谁拿第一",
                "我在团队里排第几",
                "{PER}团队谁垫底",
                "{PER}{METR}倒数是谁",
                "{PER}排名出来了吗",
                "看一下{PER}{METR}榜",
                "{PER}谁跑得最多||metric=visits",
                "大家{PER}的排名");
        more("stats_query",
                "{PS}{PER}一共拜访了多少客户||metric=visits",
                "{PER}我们团队{METR}一共多少",
                "{C}{PER}下了多少单||metric=deals",
                "{PS}{PER}的数据怎么样",
                "{PS}{PER}跑了几家客户||metric=visits",
                "{PER}{C}的销售额是多少||metric=sales",
                "帮我统计{PS}{PER}的{METR}",
                "{PS}{PER}收到几个赞||metric=kudos",
                "{PER}全团队拜访总数||metric=visits",
                "{PS}{PER}业绩多少||metric=sales");
        more("daily_report",
                "{hdr}{item}，{item3}，{item2}",
                "今日汇报：{item3}；{item2}",
                "今天主要{item3}，另外{item2}。{plan}",
                "工作日志：{item3}，{item}",
                "{item2}；{item3}；{plan}",
                "今天一天：{item3}，{item2}，累",
                "日报补交：{item3}，{item}",
                "周总结：{witem}；{witem2}；{item3}",
                "今日进展：{item3}。问题：{ctxt}。{plan}",
                "{item3}，{item3}。{plan}");
        more("missing_reports",
                "{PERD}日报谁还没发",
                "{PERD}还有谁没汇报",
                "统计一下{PERD}没交日报的",
                "{PERD}日报交齐没",
                "哪些同事{PERD}漏了日报",
                "{PERD}缺几份日报",
                "看下{PERD}谁没打卡日报");
        more("set_reminder",
                "{RW}记得叫我{task}",
                "{RW}通知我{task}",
                "定个闹钟{RW}，{task}",
                "{RW}提醒一下我去{c}",
                "帮忙{RW}提醒{PS}{task}",
                "{REC}都提醒我一下{task}",
                "设置一个{REC}的提醒：{task}");
        more("list_reminders",
                "我的提醒有哪些",
                "看看都设了什么提醒",
                "有没有待提醒的事项",
                "提醒事项一览",
                "把我的提醒列出来",
                "今天有提醒吗",
                "我设置的提醒呢");
        more("cancel_reminder",
                "把提醒都删掉",
                "{rw}的提醒不要了",
                "提醒撤了吧",
                "不需要提醒了，取消",
                "关掉{meet}的提醒",
                "删掉所有提醒",
                "停止提醒我{task}",
                "取消{c}相关的提醒");
        more("give_kudos",
                "{PS}太厉害了，{reason}",
                "必须给{PS}点个大大的赞，{reason}",
                "{PS}辛苦了，{reason}",
                "为{PS}打call，{reason}",
                "{PS}牛啊，{reason}",
                "向{PS}致敬，{reason}",
                "{PS}棒棒哒",
                "{PS}是我们的榜样，{reason}",
                "恭喜{PS}，{reason}",
                "{PS}真给力，{reason}",
                "感谢{PS}帮忙，{reason}",
                "{PS}今天表现超棒👍");
        more("customer_info",
                "{C}最近怎么样",
                "{C}的最新情况",
                "看一下{C}的资料",
                "{C}的跟进记录发我看看",
                "{C}那边进展如何",
                "{C}我们之前谈到哪了",
                "{C}是谁在负责",
                "{C}最近一次拜访是什么时候",
                "{C}有没有在跟的商机",
                "{C}的背景信息",
                "说说{C}的情况",
                "{C}这个客户什么来头",
                "{C}历史成交记录");
        more("log_competitor",
                "{K}在{C}那边报了个低价",
                "{C}说{K}给的折扣更大",
                "{K}的人去{C}拜访了",
                "{C}目前在用{K}的系统",
                "{K}想抢{C}这个客户",
                "竞争对手{K}也参与了{C}的招标",
                "{K}在搞促销，买一年送半年",
                "{C}对{K}的产品不太满意",
                "{K}最近推了新功能",
                "{K}给{C}免费实施",
                "{C}那边{K}也在投标",
                "听{C}的{p}说{K}降价了");
        more("my_commission",
                "我{PERC}的提成有多少",
                "提成到账了吗",
                "我{PERC}能分多少",
                "奖金什么时候发",
                "看看我的提成",
                "我{PERC}的奖金算好了没",
                "我这单能拿多少提成",
                "{PERC}提成明细发我");
        more("undo",
                "{oops}刚刚录错了，撤回一下",
                "撤销我上一条记录",
                "刚才那条删掉",
                "{oops}上一条不对，撤销",
                "把刚才录的撤了",
                "刚那条是误操作，撤回",
                "回滚上一条",
                "刚才记错客户了，撤销");
        more("help",
                "怎么使用",
                "使用帮助",
                "这个怎么玩",
                "能做哪些事",
                "有使用指南吗",
                "怎么记拜访",
                "怎么设目标",
                "怎么取消提醒",
                "我该怎么跟你说",
                "指令有哪些",
                "功能介绍一下",
                "有帮助文档吗",
                "不会用，教教我");
        more("smalltalk",
                "今天真热",
                "下雨了",
                "好困",
                "周一好难",
                "终于下班了",
                "哈哈你真逗",
                "你几点下班",
                "你会累吗",
                "在忙吗",
                "明天见",
                "拜拜",
                "没问题",
                "你真棒{addr}");
        more("unknown",
                "{ood}",
                "{ood}？",
                "请问{ood}",
                "{greet}，{ood}");
    }

    static void initMoreIntents2() {
        textSlot("win", "拿下", "搞定", "签下", "谈成", "敲定", "签约成功", "收入囊中", "落袋为安");
        textSlot("praise", "太强了", "666", "牛", "厉害了", "优秀", "靠谱", "稳", "给力", "赞一个", "功不可没", "respect");
        textSlot("rhdr", "今日小结：", "今日工作：", "日报 ", "打卡日报：", "今天汇报：", "今日总结 ", "今日复盘：");
        more("log_sale",
                "{VD}{win}了{C}，{AMT}",
                "终于{win}{C}了，{AMT}",
                "{C}{win}！{AMT}",
                "{C}谈成了，合同额{AMT}",
                "{C}的单子敲定了",
                "开张了，{C}下单{AMT}",
                "{C}首单破冰，{AMT}",
                "{C}款到账了，{AMT}",
                "{VD}跟{C}签的合同，{AMTC}",
                "报喜：{C}成交",
                "{C}拍板了，{AMT}");
        more("give_kudos",
                "{PS}{praise}，{reason}",
                "{PS}{praise}",
                "{praise}！{PS}{reason}",
                "给{PS}竖个大拇指👍，{reason}",
                "{PS}这次真是立功了，{reason}",
                "大家为{PS}喝彩，{reason}",
                "谢谢{PS}，{reason}，太靠谱了",
                "表扬{PS}：{reason}",
                "{PS}和{PS}都很拼，{reason}");
        more("daily_report",
                "{rhdr}{item3}；{item}；{plan}",
                "{rhdr}{item2}，{item3}",
                "今天干了这些：{item3}，{item2}",
                "今天的活儿：{item}，{item3}。{plan}",
                "汇报：上午{item3}，下午{item}",
                "今日外勤：{item}，{item3}",
                "今天在家办公，{item3}，{item2}");
        more("log_visit",
                "{VD}跟{C}的{P}碰了个头，{FU}给报价",
                "{VD}去{C}坐了坐，{P}说预算还没定",
                "{VD}见客户{C}，对接{P}，{FU}再去",
                "{VD}和{P}在{C}谈了两个小时",
                "{VD}去{C}拜访，{PH}也在，聊了合作",
                "上门：{C}，{VD}，{P}");
        more("log_competitor",
                "{C}说{K}也来谈过",
                "{K}在打价格战，{C}那边报价比我们低两成",
                "{K}的方案{C}看过了，觉得还行",
                "{C}的老系统是{K}的",
                "{K}正在接触{C}",
                "{K}在{C}搞了个免费试点",
                "竞品{K}：{C}反馈他们服务差",
                "注意{K}，最近在{C}活动频繁");
        more("customer_info",
                "{C}什么情况",
                "{C}的情况介绍一下",
                "{C}现在谁在对接",
                "查查{C}的历史记录",
                "{C}之前都聊过什么",
                "{C}有没有新消息",
                "给我{C}的客户档案");
        more("help",
                "这个助手怎么用",
                "你能帮我干啥",
                "怎么录成交",
                "怎么看提成",
                "怎么看我的目标",
                "怎么写日报给你",
                "新人求教程",
                "有哪些命令可以用",
                "这个功能在哪",
                "给个使用示例");
        more("team_ranking",
                "{PER}大家的{METR}排一下",
                "{PER}谁表现最好",
                "{PER}{METR}榜首是谁",
                "{PER}谁领先",
                "{PER}排第一的是谁");
        more("stats_query",
                "{PER}团队的{METR}数据",
                "{PS}{PER}的{METR}数据发我",
                "{PER}{C}的成交情况||metric=deals");
        more("undo",
                "{oops}刚才那条不要了",
                "{oops}删掉最后一条",
                "撤销最近一次操作",
                "上一条录重复了，撤回");
        more("unknown",
                "今天油价多少",
                "帮我订下周去{city}的高铁",
                "人民币汇率今天多少",
                "晚上吃什么好",
                "帮我查下航班",
                "电影票怎么买",
                "怎么设置手机铃声",
                "帮我算下房贷",
                "怎么注册公司");
        more("smalltalk",
                "大家早上好",
                "在吗在吗",
                "好的好的",
                "哈哈笑死",
                "辛苦啦{addr}",
                "今天有点冷",
                "你真可爱");
    }

    /** A competitor can be the subject of sale and visit verbs, and praise often names a sale. */
    static void initMoreIntents3() {
        textSlot("achv", "这周签了两单", "拿下了{c}", "把{c}的续约签回来了", "一个人搞定了{c}的大单", "开了今年第一单",
                "本月业绩第一个破百万", "签下{c}这个难啃的客户", "连签三单");
        more("log_competitor",
                "{K}拿下了{C}",
                "{K}签了{C}，我们没戏了",
                "{C}最后选了{K}",
                "{K}中标了{C}的项目",
                "{K}下周要去{C}做演示",
                "{K}的销售昨天去拜访了{C}",
                "{C}续签了{K}的合同",
                "{K}抢走了{C}的单子",
                "{C}采购了{K}的系统");
        more("give_kudos",
                "{PS}{achv}，大家点赞",
                "恭喜{PS}{achv}🎉",
                "{PS}{achv}，太厉害了",
                "为{PS}喝彩，{achv}",
                "表扬{PS}，{achv}",
                "{PS}牛，{achv}");
    }

    // ------------------------------------------------------------------ generation

    static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

    static boolean merge(Map<String, Object> into, Map<String, Object> add) {
        for (Map.Entry<String, Object> e : add.entrySet()) {
            Object old = into.get(e.getKey());
            if (e.getKey().equals("persons")) {
                List<Object> ps = old == null ? new ArrayList<>() : new ArrayList<>((List<?>) old);
                for (Object p : (List<?>) e.getValue()) {
                    if (ps.contains(p)) return false;
                    ps.add(p);
                }
                into.put("persons", ps);
            } else if (old == null) {
                into.put(e.getKey(), e.getValue());
            } else if (!old.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiAlnum(char c) { return c < 128 && Character.isLetterOrDigit(c); }

    /** "Q4" + "kudos" or "Acme" + "5万" would run together: put a space between them. */
    static boolean needsSpace(StringBuilder sb, String next) {
        if (sb.length() == 0 || next.isEmpty()) return false;
        char a = sb.charAt(sb.length() - 1), b = next.charAt(0);
        return isAsciiAlnum(a) && isAsciiAlnum(b) && (Character.isLetter(a) || Character.isLetter(b));
    }

    static String expand(String s, boolean keep, LocalDateTime now, Random r, Map<String, Object> ents) {
        Matcher m = TOKEN.matcher(s);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(s, last, m.start());
            String name = m.group(1);
            Slot slot = SLOTS.get(name);
            boolean k = keep;
            if (slot == null) {
                slot = SLOTS.get(name.toUpperCase());
                k = false;
            }
            if (slot == null) throw new IllegalStateException("no slot " + name);
            F fill = null;
            for (int i = 0; i < 30 && fill == null; i++) fill = slot.pick(r, now);
            if (fill == null) return null;
            if (k && !merge(ents, fill.ents)) return null;
            String inner = expand(fill.text, k, now, r, ents);
            if (inner == null) return null;
            if (needsSpace(sb, inner)) sb.append(' ');
            sb.append(inner);
            last = m.end();
        }
        sb.append(s.substring(last));
        return sb.toString();
    }

    static final String[][] TYPOS = {{"已经", "以经"}, {"再跟进", "在跟进"}, {"再联系", "在联系"}, {"再约", "在约"},
        {"拜访", "拜方"}, {"什么", "啥"}, {"怎么", "咋"}, {"一下", "一哈"}, {"提成", "提城"}, {"日报", "日保"},
        {"的", "滴"}, {"签了", "签乐"}, {"吗", "嘛"}, {"提醒", "题醒"}, {"合同", "和同"}, {"客户", "客护"},
        {"排行", "排航"}, {"目标", "木标"}, {"谢谢", "谢谢谢"}, {"那个", "那个那个"}};
    static final String[] EMOJI = {"👍", "🙏", "😂", "🎉", "💪", "😅", "🔥", "✅", "👌", "🤔", "😊", "🙌"};
    static final String[] BOT_MENTIONS = {"<@U08SALESBT>", "<@1187654321098765432>"};

    static boolean entitiesPresent(String text, Map<String, Object> ents) {
        for (String k : List.of("customer", "contact", "competitor")) {
            Object v = ents.get(k);
            if (v != null && !text.contains((String) v)) return false;
        }
        return true;
    }

    /** Words reps often type in English inside Chinese messages. */
    static final String[][] CODE_MIX = {{"拜访", "visit"}, {"日报", "daily report"}, {"目标", "target"},
        {"提成", "commission"}, {"排名", "ranking"}, {"排行榜", "leaderboard"}, {"客户", "client"}, {"合同", "contract"},
        {"报价", "quote"}, {"演示", "demo"}, {"提醒", "reminder"}, {"奖金", "bonus"}, {"开会", "meeting"},
        {"竞品", "competitor"}, {"商机", "opportunity"}, {"点赞", "kudos"}, {"撤销", "undo"}, {"帮助", "help"},
        {"周报", "weekly report"}, {"方案", "proposal"}, {"跟进", "follow up"}, {"指标", "KPI"}, {"签约", "sign"}};

    /** Surface noise that leaves every stated entity as written. */
    static String augment(String text, Intent in, Map<String, Object> ents, Random r) {
        if (r.nextInt(100) < 12) {
            String[] m = CODE_MIX[r.nextInt(CODE_MIX.length)];
            int at = text.indexOf(m[0]);
            if (at >= 0) {
                String mixed = text.substring(0, at) + " " + m[1] + " " + text.substring(at + m[0].length());
                if (entitiesPresent(mixed, ents)) text = mixed;
            }
        }
        if (r.nextInt(100) < 12) {
            String[] t = TYPOS[r.nextInt(TYPOS.length)];
            int at = text.indexOf(t[0]);
            if (at >= 0) {
                String typo = text.substring(0, at) + t[1] + text.substring(at + t[0].length());
                if (entitiesPresent(typo, ents)) text = typo;
            }
        }
        int p = r.nextInt(100);
        if (p < 15) {
            text = text.replace("，", ",").replace("：", ":").replace("！", "!").replace("？", "?")
                    .replace("；", ";").replace("（", "(").replace("）", ")").replace("。", ".");
        } else if (p < 27) {
            text = text.replaceAll("[，。！；：、]", " ");
        }
        if (r.nextInt(100) < 20) text = text.replaceAll("[。！!.~～]+$", "");
        int e = r.nextInt(100);
        if (e < 8) text = text + any(r, EMOJI);
        else if (e < 10) text = text + any(r, EMOJI) + any(r, EMOJI);
        else if (e < 13) text = text + any(r, "！", "!!", "~", "。", "哈", "啊");
        if (!in.keys.contains("persons") && r.nextInt(100) < 5) text = any(r, BOT_MENTIONS) + " " + text;
        return text.replaceAll("\\s+", " ").trim();
    }

    /** The contract's language rule: zh when H > 0 and H >= 2W, after dropping mention tokens and URLs. */
    static String lang(String text) {
        String t = text.replaceAll("<[^>]*>", " ").replaceAll("(?i)(https?://|www\\.)\\S+", " ");
        int h = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) h++;
            i += Character.charCount(cp);
        }
        Matcher m = Pattern.compile("[A-Za-z]+").matcher(t);
        int w = 0;
        while (m.find()) w++;
        return h > 0 && h >= 2 * w ? "zh" : "en";
    }

    static String json(Object o) {
        if (o instanceof String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"': sb.append("\\\""); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\r': sb.append("\\r"); break;
                    case '\t': sb.append("\\t"); break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                }
            }
            return sb.append('"').toString();
        }
        if (o instanceof Number n) return n.toString();
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (sb.length() > 1) sb.append(',');
                sb.append(json(e.getKey().toString())).append(':').append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : l) {
                if (sb.length() > 1) sb.append(',');
                sb.append(json(x));
            }
            return sb.append(']').toString();
        }
        throw new IllegalArgumentException(String.valueOf(o));
    }

    static String line(String text, String intent, Map<String, Object> ents, LocalDateTime now) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String k : KEY_ORDER) if (ents.containsKey(k)) ordered.put(k, ents.get(k));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("text", text);
        o.put("intent", intent);
        o.put("lang", lang(text));
        o.put("entities", ordered);
        o.put("now", fmt(now));
        o.put("zone", ZONE);
        return json(o);
    }

    /** Folds case, whitespace, punctuation and symbols, so near-identical texts compare equal. */
    static String fold(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }

    /** Folded text, or the text itself when folding leaves nothing (emoji- or punctuation-only lines). */
    static String key(String s) {
        String k = fold(s);
        return k.isEmpty() ? s : k;
    }

    static final Pattern TEXT_FIELD = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            char n = s.charAt(++i);
            switch (n) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u': sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                default: sb.append(n);
            }
        }
        return sb.toString();
    }

    static final double NEAR_DUP_JACCARD = 0.8;

    /** Character bigrams of the folded text (single characters for one-character texts). */
    static Set<String> bigrams(String s) {
        String k = key(s);
        Set<String> out = new java.util.HashSet<>();
        if (k.length() < 2) out.add(k);
        for (int i = 0; i + 2 <= k.length(); i++) out.add(k.substring(i, i + 2));
        return out;
    }

    /** A held-out text whose character bigrams overlap the generated text's by Jaccard >= 0.8, else null. */
    static String nearHeldout(String text, java.util.Collection<String> heldout) {
        Set<String> a = bigrams(text);
        for (String h : heldout) {
            Set<String> b = bigrams(h);
            int inter = 0;
            for (String x : a) if (b.contains(x)) inter++;
            if (inter / (double) (a.size() + b.size() - inter) >= NEAR_DUP_JACCARD) return h;
        }
        return null;
    }

    static Map<String, String> loadHeldout(Path p) throws IOException {
        Map<String, String> folded = new HashMap<>();
        if (!Files.exists(p)) return folded;
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            Matcher m = TEXT_FIELD.matcher(l);
            if (m.find()) {
                String t = unescape(m.group(1));
                folded.put(key(t), t);
            }
        }
        return folded;
    }

    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : ".");
        if (!Files.isDirectory(root.resolve("nlp-models"))) {
            System.err.println("run from the repository root (or pass it as the first argument)");
            System.exit(2);
        }
        Path corpus = root.resolve("nlp-models/corpus");
        Path out = corpus.resolve("train/zh.jsonl");
        Map<String, String> heldout = loadHeldout(corpus.resolve("heldout/zh.jsonl"));

        initDates();
        initSlots();
        initMoreSlots();
        initIntents();
        initMoreIntents();
        initMoreIntents2();
        initMoreIntents3();

        Random r = new Random(SEED);
        List<String> lines = new ArrayList<>();
        Map<String, String> intentOfText = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, int[]> counts = new TreeMap<>();
        for (Intent in : INTENTS) {
            int made = 0;
            for (int attempt = 0; made < PER_INTENT && attempt < PER_INTENT * 300; attempt++) {
                LocalDateTime now = r.nextInt(100) < ALT_NOW_PERCENT ? any(r, ALT_NOWS) : REF_NOW;
                Template t = any(r, in.templates);
                Map<String, Object> ents = new LinkedHashMap<>(t.fixed);
                String text = expand(t.pattern, true, now, r, ents);
                if (text == null) continue;
                for (String k : ents.keySet()) {
                    if (!in.keys.contains(k)) throw new IllegalStateException(in.name + " template states " + k + ": " + t.pattern);
                }
                text = augment(text, in, ents, r);
                if (text.isEmpty()) continue;
                String prev = intentOfText.putIfAbsent(key(text), in.name);
                if (prev != null) {
                    if (!prev.equals(in.name)) problems.add("same text for " + prev + " and " + in.name + ": " + text);
                    continue;
                }
                String h = heldout.get(key(text));
                if (h != null) problems.add("generated text matches held-out text \"" + h + "\": " + text);
                String near = nearHeldout(text, heldout.values());
                if (near != null) problems.add("generated text nearly matches held-out text \"" + near + "\": " + text);
                lines.add(line(text, in.name, ents, now));
                made++;
            }
            counts.put(in.name, new int[] {made, in.templates.size()});
            if (made < MIN_PER_INTENT) problems.add(in.name + ": only " + made + " distinct examples");
        }
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.err.println(problems.size() + " problem(s); nothing written");
            System.exit(1);
        }
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        counts.forEach((k, v) -> System.out.printf("%-16s %4d examples from %2d templates%n", k, v[0], v[1]));
        System.out.println(lines.size() + " lines written to " + out);
    }
}
