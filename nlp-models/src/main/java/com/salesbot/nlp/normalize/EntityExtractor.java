package com.salesbot.nlp.normalize;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.nlp.normalize.DateTimeResolver.Direction;
import com.salesbot.nlp.normalize.MentionExtractor.Mentions;
import com.salesbot.nlp.normalize.PeriodResolver.PeriodMatch;
import com.salesbot.nlp.normalize.RecurrenceNormalizer.RecurrenceMatch;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises every contract entity a message states, read as a message of a given intent:
 * only the keys that intent may carry, only what the text says, values as the NLU contract writes
 * them. Never throws, and runs in linear time on any input.
 */
public final class EntityExtractor {
    /**
     * Project key (not scored by the contract): the amount as written when it is negative, zero or
     * absurd ("-5k", "1e99"), so a skill can answer "that amount doesn't look right" instead of
     * asking for an amount the user did give. {@code amount} is then left out.
     */
    public static final String INVALID_AMOUNT = Entities.INVALID_AMOUNT;

    /**
     * Entities are read from the first this-many characters. A chat command states its entities up front;
     * anything longer is a pasted report, and reading all 40,000 characters Slack allows would only cost time.
     */
    static final int MAX_CHARS = 4000;

    private static final Map<Intent, Set<String>> KEYS = keysByIntent();

    // Words that make the date in their clause a promised next step rather than the event itself.
    private static final CuedPattern FOLLOW_UP_CUE = new CuedPattern(
            "(?i)\\bfollow(?:ing|ed)?[\\s-]?ups?\\b|\\bfollowups?\\b"
                    + "|\\bf/u\\b|\\bsend(?:ing)?\\b|\\bwill\\s+(?:call|visit|meet|send|circle|check|demo)\\b|\\bnext\\s+touch(?:point)?\\b"
                    + "|\\bcheck\\s+back\\b|\\bcheck[\\s-]?ins?\\b|\\bcircl(?:e|ing)\\s+back\\b|\\bcall\\s+(?:them\\s+|him\\s+|her\\s+)?back\\b|\\bget\\s+back\\b"
                    + "|\\btouch\\s+base\\b|\\bnext\\s+(?:step|steps|meeting|call|visit|demo)\\b|\\breconnect\\b|\\bsend\\s+(?:the\\s+|a\\s+)?"
                    + "(?:proposal|quote|contract|deck|pricing)\\b|\\bping\\s+(?:them|him|her)\\b|\\bagain\\b|\\bsecond\\s+meeting\\b"
                    + "|跟进|回访|再联系|再约|再去|再跟|再沟通|再见面|下次|复访|再拜访|再谈|再聊|再过去|约了|发方案|发报价|回复|答复|答应"
                    + "|上门|带技术|过去|给他们|发合同|签合同|演示",
            "follow",
            "f/u",
            "send",
            "will",
            "next",
            "check",
            "circle",
            "circling",
            "call",
            "get back",
            "touch",
            "reconnect",
            "ping",
            "again",
            "second",
            "跟进",
            "回访",
            "再",
            "下次",
            "复访",
            "约了",
            "发",
            "回复",
            "答复",
            "答应",
            "上门",
            "带技术",
            "过去",
            "给他们",
            "签合同",
            "演示");

    private static final Pattern NAME_LIST_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&|和|、|及|与)\\s*");

    private final MentionExtractor mentions = new MentionExtractor();
    private final RecurrenceNormalizer recurrences = new RecurrenceNormalizer();
    private final DateTimeResolver dates = new DateTimeResolver();
    private final PeriodResolver periods = new PeriodResolver();
    private final AmountNormalizer amounts = new AmountNormalizer();
    private final CurrencyNormalizer currencies = new CurrencyNormalizer();
    private final MetricNormalizer metrics = new MetricNormalizer();
    private final StageNormalizer stages = new StageNormalizer();
    private final NameExtractor names = new NameExtractor();
    private final PersonNameExtractor personNames = new PersonNameExtractor();

    /** The entities {@code text} states, read as a message of {@code intent}, relative to {@code now}. */
    public Entities extract(String text, Intent intent, ZonedDateTime now) {
        if (text == null || intent == null || now == null || text.isBlank()) {
            return Entities.none();
        }
        Set<String> keys = KEYS.getOrDefault(intent, Set.of());
        if (keys.isEmpty()) {
            return Entities.none();
        }
        try {
            return new Entities(read(ChatText.fold(head(text)), intent, keys, now));
        } catch (RuntimeException | StackOverflowError e) {
            // The contract allows "worst case unknown", never a crash; a bug in one pattern (or a regex recursing
            // too deep on a freak input) must not take the whole message down, so it degrades to no entities.
            return Entities.none();
        }
    }

    private Map<String, Object> read(String text, Intent intent, Set<String> keys, ZonedDateTime now) {
        Map<String, Object> out = new LinkedHashMap<>();
        Mentions mentioned = mentions.extract(text);
        List<TextSpan> masked = new ArrayList<>(mentioned.spans());
        String work = ChatText.mask(text, masked);

        Optional<RecurrenceMatch> recurrence = Optional.empty();
        if (keys.contains(Entities.RECURRENCE)) {
            recurrence = recurrences.find(work);
            recurrence.ifPresent(r -> masked.add(r.span()));
        }
        List<DateTimeMention> moments = dates.findAll(ChatText.mask(work, masked));
        moments.forEach(d -> masked.add(d.span()));
        if (keys.contains(Entities.PERIOD)) {
            Optional<PeriodMatch> period = periods.find(work, now.toLocalDate(), intent == Intent.SET_TARGET);
            period.ifPresent(p -> {
                out.put(Entities.PERIOD, p.period());
                masked.add(p.span());
            });
        }
        if (intent == Intent.SET_AWAY) {
            awayDays(out, work, moments, now);
            return out;
        }
        String noDates = ChatText.mask(work, masked);

        dates(out, keys, intent, noDates, moments, recurrence, now);
        Optional<AmountMatch> amount = amounts(out, keys, intent, noDates, masked);
        String noNumbers = ChatText.mask(work, masked);

        if (keys.contains(Entities.METRIC)) {
            Optional<String> metric = amount.flatMap(AmountMatch::countUnit).flatMap(metrics::ofCountUnit);
            if (metric.isEmpty()) {
                metric = metrics.find(noNumbers);
            }
            metric.ifPresent(m -> out.put(Entities.METRIC, m));
        }
        if (keys.contains(Entities.STAGE)) {
            stages.find(noNumbers).ifPresent(s -> out.put(Entities.STAGE, s));
        }
        if (keys.contains(Entities.CUSTOMER) || keys.contains(Entities.CONTACT) || keys.contains(Entities.COMPETITOR)) {
            NameExtractor.Names found = names.extract(noNumbers, keys.contains(Entities.COMPETITOR));
            putIf(
                    out,
                    keys,
                    Entities.CUSTOMER,
                    found.customer().map(EntityExtractor::trimChineseCustomer).filter(PlausibleName::test));
            putIf(out, keys, Entities.CONTACT, found.contact().filter(PlausibleName::test));
            putIf(out, keys, Entities.COMPETITOR, found.competitor().filter(PlausibleName::test));
        }
        if (keys.contains(Entities.PERSONS)) {
            List<String> persons = new ArrayList<>(mentioned.persons());
            for (String name : personNames.find(noNumbers)) {
                if (!persons.contains(name)) {
                    persons.add(name);
                }
            }
            if (!persons.isEmpty()) {
                out.put(Entities.PERSONS, List.copyOf(persons));
                Object customer = out.get(Entities.CUSTOMER);
                if (customer != null && onlyPersons(customer.toString(), persons)) {
                    out.remove(Entities.CUSTOMER); // "deals for Tom and Grace": reps, not an account
                }
            }
        }
        return out;
    }

    /**
     * Days away are one period, read forward: the dates and their cues ("until Friday", "周一到周三")
     * win; otherwise a named stretch ("next week", "下周") stands, but not a lone day read backwards
     * (the period resolver reads "Tuesday" as the last one, which no one plans an absence for).
     */
    private static void awayDays(
            Map<String, Object> out, String work, List<DateTimeMention> moments, ZonedDateTime now) {
        Optional<Period> away = AwayDays.find(work, moments, now);
        if (away.isPresent()) {
            out.put(Entities.PERIOD, away.get());
            return;
        }
        Object named = out.get(Entities.PERIOD);
        if (named instanceof Period p && p.end().isBefore(now.toLocalDate())) {
            out.remove(Entities.PERIOD);
        }
    }

    private static String head(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    private static boolean onlyPersons(String name, List<String> persons) {
        for (String part : NAME_LIST_SEPARATOR.split(name)) {
            if (!part.isBlank() && persons.stream().noneMatch(p -> p.equalsIgnoreCase(part.strip()))) {
                return false;
            }
        }
        return true;
    }

    private void dates(
            Map<String, Object> out,
            Set<String> keys,
            Intent intent,
            String text,
            List<DateTimeMention> moments,
            Optional<RecurrenceMatch> recurrence,
            ZonedDateTime now) {
        if (recurrence.isPresent()) {
            out.put(Entities.RECURRENCE, recurrence.get().rule().toRrule());
            Recurrence rule = recurrence.get().rule();
            if (rule.namesDays() || !moments.isEmpty()) {
                // "every two weeks" alone has no first day the user chose; "every Monday", "daily at 9" do
                firstOccurrence(rule, moments, now).ifPresent(w -> out.put(Entities.WHEN, w));
            }
            return;
        }
        boolean wantsWhen = keys.contains(Entities.WHEN);
        boolean wantsFollowUp = keys.contains(Entities.FOLLOW_UP);
        if (!wantsWhen && !wantsFollowUp) {
            return;
        }
        Direction whenDirection = intent == Intent.SET_REMINDER || intent == Intent.SCHEDULE_TRAINING
                ? Direction.SCHEDULING
                : Direction.RECORDING;
        List<TextSpan> followUpClauses = wantsFollowUp ? followUpClauses(text) : List.of();
        for (DateTimeMention moment : moments) {
            boolean followUp = wantsFollowUp
                    && (followUpClauses.stream().anyMatch(c -> c.overlaps(moment.span()))
                            || (moment.pointsAhead() && out.containsKey(Entities.WHEN))
                            || (intent == Intent.LOG_VISIT
                                    && (moment.pointsAhead() || moment.upcoming(now.toLocalDate()))));
            String key = followUp ? Entities.FOLLOW_UP : Entities.WHEN;
            if (!keys.contains(key) || out.containsKey(key)) {
                continue;
            }
            Direction direction = followUp ? Direction.SCHEDULING : whenDirection;
            moment.resolve(now, direction).ifPresent(value -> out.put(key, value));
        }
    }

    private static Optional<Temporal> firstOccurrence(
            Recurrence rule, List<DateTimeMention> moments, ZonedDateTime now) {
        LocalDate from = now.toLocalDate();
        Optional<LocalTime> time = Optional.empty();
        for (DateTimeMention moment : moments) {
            if (time.isEmpty() && moment.time().isPresent()) {
                time = moment.time();
            }
            if (!moment.timeOnly()) {
                // "starting next Monday, every day at 9": the rule starts on the stated day
                Optional<Temporal> start = moment.resolve(now, Direction.SCHEDULING);
                if (start.isPresent()) {
                    from = start.get() instanceof LocalDateTime dt ? dt.toLocalDate() : (LocalDate) start.get();
                }
            }
        }
        return rule.firstOccurrence(from, time, now.toLocalDateTime());
    }

    private static List<TextSpan> followUpClauses(String text) {
        List<TextSpan> clauses = new ArrayList<>();
        Matcher cue = FOLLOW_UP_CUE.matcher(text, CuedPattern.lower(text));
        int searchedTo = 0;
        for (int n = 0; cue != null && n < 8 && cue.find(); n++) {
            int start = cue.start();
            while (start > searchedTo && !clauseBreakAt(text, start - 1)) {
                start--;
            }
            int stop = cue.end();
            while (stop < text.length() && !clauseBreakAt(text, stop)) {
                stop++;
            }
            clauses.add(new TextSpan(start, stop));
            searchedTo = stop;
        }
        return clauses;
    }

    // Commas, full stops and slashes end a clause; in Chinese a space does too ("开了个会 12月5号给他们发方案").
    private static boolean clauseBreakAt(String text, int i) {
        char c = text.charAt(i);
        if (",，.;。；!！?？\n/|".indexOf(c) >= 0) {
            return true;
        }
        return c == ' '
                && ((i > 0 && ChatText.isHan(text.charAt(i - 1)))
                        || (i + 1 < text.length() && ChatText.isHan(text.charAt(i + 1))));
    }

    private Optional<AmountMatch> amounts(
            Map<String, Object> out, Set<String> keys, Intent intent, String text, List<TextSpan> masked) {
        if (!keys.contains(Entities.AMOUNT)) {
            return Optional.empty();
        }
        List<AmountMatch> found = amounts.findAll(text, intent == Intent.SET_TARGET);
        if (intent != Intent.SET_TARGET) {
            found.removeIf(AmountMatch::isCount); // "30 visits" is a target's size, never a sale's
        }
        Optional<AmountMatch> best = amounts.best(found);
        if (best.isEmpty()) {
            return best;
        }
        AmountMatch amount = best.get();
        found.forEach(a -> masked.add(a.span()));
        if (!amount.valid()) {
            out.put(
                    INVALID_AMOUNT,
                    text.substring(amount.span().start(), amount.span().end()).strip());
            return best;
        }
        out.put(Entities.AMOUNT, amount.value());
        if (keys.contains(Entities.CURRENCY) && !amount.isCount()) {
            Optional<String> currency = amount.currency();
            if (currency.isEmpty()) {
                currency = currencies
                        .find(ChatText.mask(text, List.of(amount.span())))
                        .map(c -> c.iso());
            }
            currency.ifPresent(c -> out.put(Entities.CURRENCY, c));
        }
        return best;
    }

    // "和孙总在福州鼎盛物流谈了": the account follows the contact's "在"; "拜会中兴通讯王经理": a trailing
    // surname + title is the contact; "去了拼多多开需求沟通会": a trailing "开" is the verb.
    private static final Pattern ZH_CONTACT_AT =
            Pattern.compile("^[\\p{IsHan}]{1,6}(?:总|经理|工|总监|处长|主任|主管|部长)在([\\p{IsHan}A-Za-z0-9]{2,30})$");
    private static final Pattern ZH_TRAILING_CONTACT =
            Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{2,30}?)[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
                    + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔汤欧]"
                    + "(?:总监|总|经理|工|处长|主任|主管|部长)$");

    static String trimChineseCustomer(String name) {
        if (name == null || name.length() > 40) {
            return name;
        }
        String out = name;
        Matcher at = ZH_CONTACT_AT.matcher(out);
        if (at.matches()) {
            out = at.group(1);
        }
        Matcher contact = ZH_TRAILING_CONTACT.matcher(out);
        if (contact.matches() && contact.group(1).length() >= 2) {
            out = contact.group(1);
        }
        if (out.length() >= 3
                && out.endsWith("开")
                && Character.UnicodeScript.of(out.charAt(0)) == Character.UnicodeScript.HAN) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static void putIf(Map<String, Object> out, Set<String> keys, String key, Optional<String> value) {
        if (keys.contains(key)) {
            value.ifPresent(v -> out.put(key, v));
        }
    }

    // The contract's intent table: which entities each intent may carry.
    private static Map<Intent, Set<String>> keysByIntent() {
        Map<Intent, Set<String>> keys = new EnumMap<>(Intent.class);
        keys.put(
                Intent.LOG_VISIT,
                Set.of(
                        Entities.CUSTOMER,
                        Entities.CONTACT,
                        Entities.WHEN,
                        Entities.FOLLOW_UP,
                        Entities.AMOUNT,
                        Entities.CURRENCY));
        keys.put(Intent.LOG_SALE, Set.of(Entities.CUSTOMER, Entities.AMOUNT, Entities.CURRENCY, Entities.WHEN));
        keys.put(Intent.UPDATE_DEAL, Set.of(Entities.CUSTOMER, Entities.STAGE, Entities.AMOUNT, Entities.CURRENCY));
        keys.put(Intent.MY_TARGET, Set.of(Entities.PERIOD, Entities.METRIC));
        keys.put(
                Intent.SET_TARGET,
                Set.of(Entities.PERSONS, Entities.AMOUNT, Entities.CURRENCY, Entities.METRIC, Entities.PERIOD));
        keys.put(Intent.TEAM_RANKING, Set.of(Entities.METRIC, Entities.PERIOD));
        keys.put(Intent.STATS_QUERY, Set.of(Entities.METRIC, Entities.PERSONS, Entities.PERIOD, Entities.CUSTOMER));
        keys.put(Intent.MISSING_REPORTS, Set.of(Entities.PERIOD));
        keys.put(Intent.SET_REMINDER, Set.of(Entities.WHEN, Entities.RECURRENCE, Entities.PERSONS));
        keys.put(Intent.GIVE_KUDOS, Set.of(Entities.PERSONS));
        keys.put(Intent.CUSTOMER_INFO, Set.of(Entities.CUSTOMER));
        keys.put(Intent.LOG_COMPETITOR, Set.of(Entities.COMPETITOR, Entities.CUSTOMER));
        keys.put(Intent.MY_COMMISSION, Set.of(Entities.PERIOD));
        keys.put(Intent.ADD_MEMBER, Set.of(Entities.PERSONS));
        keys.put(Intent.SET_AWAY, Set.of(Entities.PERIOD));
        keys.put(Intent.LIST_FEEDBACK, Set.of(Entities.PERIOD));
        keys.put(Intent.SCHEDULE_TRAINING, Set.of(Entities.WHEN, Entities.RECURRENCE));
        keys.put(Intent.TRAINING_RESULTS, Set.of(Entities.PERIOD));
        return Map.copyOf(keys);
    }
}
