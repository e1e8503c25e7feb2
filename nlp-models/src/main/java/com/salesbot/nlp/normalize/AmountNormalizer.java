package com.salesbot.nlp.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money and count amounts in chat text: "12.5k", "$1.5M", "12,500", "HK$5k", "5万", "两万五",
 * "三千块", "30 visits", "5单". Dates, times, quarters, years and mention ids are not amounts.
 *
 * <p>Negative, zero and absurd amounts ("-5k", "1e99") are returned with {@code valid = false}
 * rather than dropped, so the bot can say the amount looks wrong instead of asking for it again.
 */
public final class AmountNormalizer {
    private static final BigDecimal MAX = new BigDecimal("1000000000000");
    // A message with more numbers than this is a pasted table; the first ones are the ones that matter.
    private static final int MAX_NUMBERS = 48;
    // Digits beyond this cannot be a real amount; they are kept only to report an absurd one as invalid.
    private static final int MAX_DIGITS = 30;

    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\d.])(?:\\d{1,3}(?:,\\d{3}){1,6}(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("[" + ChineseNumerals.CHARS + "]+");
    private static final Pattern PREFIX_BEFORE =
            Pattern.compile("(?:" + CurrencyNormalizer.PREFIX + ")\\s?([-−]?)\\s?$");
    private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?\\d{1,4}(?![\\dA-Za-z])");
    private static final Pattern MULTIPLIER = Pattern.compile(
            "(?:(k|K|m|M|mm|MM|mil|mln|bn|BN|w|W)|\\s?(?i:(thousand|grand|million|billion)))(?![A-Za-z])"
                    + "|\\s?(千万|百万|万|亿|千|百)");
    private static final Pattern SPOKEN_TAIL = Pattern.compile("([1-9]|[一二三四五六七八九两])(?:千|百)?(?![\\d.,万亿千百kKmMwW])");
    private static final Pattern SUFFIX = Pattern.compile("\\s?(?:" + CurrencyNormalizer.SUFFIX + ")");
    private static final Pattern COUNT = Pattern.compile("\\s?(?:(?i:(?:new|closed|won|signed|customer|client|sales"
            + "|more|additional|onsite|on-site|in-person|face-to-face|site)\\s)?(?i:(visits|meetings|calls|deals"
            + "|orders|kudos|demos))(?![A-Za-z]))"
            + "|(?:个|笔|家|场)?(订单|单子|单|拜访|客户)|(笔|次|场)");
    // What a number followed by these is: a date, a time, a duration, a percentage or an ordinal.
    private static final Pattern NOT_AMOUNT_AFTER = Pattern.compile("\\s?(?:[:：](?=\\d)|/\\d|-\\d|%|％|‰|°"
            + "|[月日号號点點时時分秒天周年岁歲倍楼层级期届季]|个(?:月|小时|星期|礼拜|工作日|季度|人)|小时|分钟|星期|礼拜"
            + "|(?i:(?:a\\.m|p\\.m|am|pm|st|nd|rd|th|h|hr|hrs|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?"
            + "|wks?|months?|mos?|years?|yrs?|o'?clock|x|percent|pct|times|people|persons?|pcs)(?![A-Za-z])))");
    private static final String ORDINAL_BEFORE = "第周期星礼拜初每";
    private static final Pattern WORD_COUNT = Pattern.compile("(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?=\\s+(?:new\\s+|closed\\s+|won\\s+|client\\s+|customer\\s+"
            + "|site\\s+|onsite\\s+)?(?:visits|meetings|calls|deals|orders|demos)\\b)");
    private static final CuedPattern COUNT_WORDS = new CuedPattern(
            "(?!)", "visits", "meetings", "calls", "deals", "orders", "demos"); // cues only: counts spelled out
    private static final List<String> NUMBER_WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private final CurrencyNormalizer currencies = new CurrencyNormalizer();

    /** Every amount in {@code text}, in order of appearance. */
    public List<AmountMatch> findAll(String text) {
        return findAll(text, false);
    }

    /**
     * Every amount in {@code text}; with {@code smallNumbers}, bare numbers under 100 count too, for
     * messages whose only number is a target size ("set the team's deals target to 19", "拜访量二十").
     */
    public List<AmountMatch> findAll(String text, boolean smallNumbers) {
        List<AmountMatch> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = NUMBER.matcher(text);
        boolean digits = hasDigit(text);
        for (int n = 0; digits && n < MAX_NUMBERS && m.find(); n++) {
            digits(text, m.start(), m.end(), smallNumbers).ifPresent(found::add);
        }
        Matcher words = WORD_COUNT.matcher(text);
        boolean spelled = COUNT_WORDS.cued(CuedPattern.lower(text));
        for (int n = 0; spelled && n < MAX_NUMBERS && words.find(); n++) {
            wordCount(text, words).ifPresent(found::add);
        }
        if (hasChineseNumeral(text) || !found.isEmpty()) {
            Matcher c = CHINESE_NUMBER.matcher(text);
            for (int n = 0; n < MAX_NUMBERS && c.find(); n++) {
                chinese(text, c.start(), c.end(), smallNumbers).ifPresent(found::add);
            }
            found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        }
        return found;
    }

    /**
     * The amount a message most likely means: the first explicit valid money amount, else the first
     * valid money amount, else the first valid count; invalid ones only when nothing valid is written.
     */
    public Optional<AmountMatch> best(List<AmountMatch> found) {
        Optional<AmountMatch> pick = found.stream()
                .filter(a -> a.valid() && !a.isCount() && a.explicit())
                .findFirst();
        if (pick.isEmpty()) {
            pick = found.stream().filter(a -> a.valid() && !a.isCount()).findFirst();
        }
        if (pick.isEmpty()) {
            pick = found.stream().filter(AmountMatch::valid).findFirst();
        }
        return pick.isPresent() ? pick : found.stream().findFirst();
    }

    private Optional<AmountMatch> digits(String text, int numStart, int numEnd, boolean smallNumbers) {
        int start = numStart;
        String currency = null;
        boolean negative = false;
        int lookback = Math.max(0, numStart - 9);
        Matcher pre = PREFIX_BEFORE.matcher(text).region(lookback, numStart);
        if (pre.find()) {
            String symbol = text.substring(pre.start(), pre.start(1)).strip();
            start = pre.start();
            negative = !pre.group(1).isEmpty();
            boolean foreignDollar = symbol.equals("$") && start > 0 && isAsciiLetter(text.charAt(start - 1));
            if (!foreignDollar) {
                currency = currencies.toIso(symbol).orElse(null);
            } else {
                start--; // "C$5k": a dollar we do not know; keep the amount, claim no currency
            }
        }
        if (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '−')) {
            if (start < 2 || !Character.isLetterOrDigit(text.charAt(start - 2))) {
                negative = true;
                start--;
            } else {
                return Optional.empty(); // "2026-11", "9-5": a date or a range
            }
        }
        if (start > 0 && currency == null && rejectsBefore(text, start)) {
            return Optional.empty();
        }
        String number = text.substring(numStart, numEnd).replace(",", "");
        boolean separated = numEnd - numStart != number.length();
        int end = numEnd;

        int exponent = 0;
        Matcher exp = EXPONENT.matcher(text).region(end, text.length());
        if (exp.lookingAt()) {
            exponent = Integer.parseInt(exp.group().substring(1).replace("+", ""));
            end = exp.end();
        }
        BigDecimal multiplier = BigDecimal.ONE;
        boolean multiplied = false;
        Matcher mult = MULTIPLIER.matcher(text).region(end, text.length());
        if (mult.lookingAt() && isCompanyLikeM(mult, currency, number, text)) {
            return Optional.empty(); // "3M", "teams call w/ 3M": a company; money would be "$3M", "3m" or "3.5M"
        }
        BigDecimal tail = BigDecimal.ZERO;
        if (mult.lookingAt()) {
            multiplier = multiplierOf(mult);
            multiplied = true;
            end = mult.end();
            Matcher spoken = SPOKEN_TAIL.matcher(text).region(end, text.length());
            String unit = mult.group(3) != null ? mult.group(3) : mult.group(1) == null ? "" : mult.group(1);
            if ((unit.equals("万") || unit.equals("千") || unit.equalsIgnoreCase("w")) && spoken.lookingAt()) {
                // 7万8 is 78,000 and 3千5 is 3,500: the digit after the unit counts in the next unit down
                long digit = spoken.group(1).charAt(0) >= '1' && spoken.group(1).charAt(0) <= '9'
                        ? spoken.group(1).charAt(0) - '0'
                        : ChineseNumerals.parse(spoken.group(1)).orElse(0);
                tail = BigDecimal.valueOf(digit).multiply(multiplier).divide(BigDecimal.TEN);
                end = spoken.end();
            }
        } else if (exponent == 0 && notAmountAfter(text, end)) {
            return Optional.empty();
        }
        Matcher suf = SUFFIX.matcher(text).region(end, text.length());
        if (currency == null && suf.lookingAt()) {
            currency = currencies.toIso(suf.group().strip()).orElse(null);
            end = suf.end();
        }
        String countUnit = null;
        if (currency == null && !multiplied) {
            Matcher count = COUNT.matcher(text).region(end, text.length());
            if (count.lookingAt()) {
                countUnit = firstGroup(count);
                end = count.end();
            }
        }
        if (end < text.length() && isAsciiLetter(text.charAt(end)) && end == numEnd) {
            return Optional.empty(); // "5G", "3D", "A4-sized": a word, not an amount
        }
        BigDecimal value =
                parse(number).scaleByPowerOfTen(exponent).multiply(multiplier).add(tail);
        boolean explicit = currency != null || multiplied || separated || countUnit != null || exponent != 0;
        if (!explicit && !plausibleBareNumber(number, value, smallNumbers)) {
            return Optional.empty();
        }
        if (negative) {
            value = value.negate();
        }
        return Optional.of(match(value, currency, countUnit, new TextSpan(start, end), explicit));
    }

    // "three client visits": small counts are often spelled out.
    private static Optional<AmountMatch> wordCount(String text, Matcher word) {
        String w = word.group(1).toLowerCase(java.util.Locale.ROOT);
        int index = NUMBER_WORDS.indexOf(w);
        int value = index >= 0
                ? index + 1
                : switch (w) {
                    case "fifteen" -> 15;
                    case "twenty" -> 20;
                    case "thirty" -> 30;
                    case "forty" -> 40;
                    default -> 50;
                };
        Matcher count = COUNT.matcher(text).region(word.end(), text.length());
        if (!count.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(match(
                BigDecimal.valueOf(value), null, firstGroup(count), new TextSpan(word.start(), count.end()), true));
    }

    // Characters after which a lone 一 is part of a word or an article rather than the number one.
    private static final String ONE_AS_WORD_BEFORE = "下点些起直共定样般切旦边面致同个把趟";

    private Optional<AmountMatch> chinese(String text, int numStart, int numEnd, boolean smallNumbers) {
        if (numStart > 0 && ORDINAL_BEFORE.indexOf(text.charAt(numStart - 1)) >= 0) {
            return Optional.empty();
        }
        if (numStart > 0 && Character.isDigit(text.charAt(numStart - 1))) {
            return Optional.empty(); // "5万" is read by the digit scanner
        }
        String run = text.substring(numStart, numEnd);
        if (run.equals("一") && numEnd < text.length() && ONE_AS_WORD_BEFORE.indexOf(text.charAt(numEnd)) >= 0) {
            return Optional.empty(); // 冲一下, 设一个, 一起: "one" as part of a word or an article
        }
        OptionalLong parsed = ChineseNumerals.parse(run);
        if (parsed.isEmpty() || notAmountAfter(text, numEnd)) {
            return Optional.empty();
        }
        int start = numStart;
        String currency = null;
        Matcher pre = PREFIX_BEFORE.matcher(text).region(Math.max(0, numStart - 6), numStart);
        if (pre.find()) {
            currency = currencies
                    .toIso(text.substring(pre.start(), pre.start(1)).strip())
                    .orElse(null);
            start = pre.start();
        }
        int end = numEnd;
        Matcher suf = SUFFIX.matcher(text).region(end, text.length());
        if (currency == null && suf.lookingAt()) {
            currency = currencies.toIso(suf.group().strip()).orElse(null);
            end = suf.end();
        }
        String countUnit = null;
        if (currency == null) {
            Matcher count = COUNT.matcher(text).region(end, text.length());
            if (count.lookingAt()) {
                countUnit = firstGroup(count);
                end = count.end();
            }
        }
        boolean bigUnit = run.indexOf('千') >= 0 || run.indexOf('万') >= 0 || run.indexOf('亿') >= 0;
        if (!bigUnit && currency == null && countUnit == null && !smallNumbers) {
            return Optional.empty(); // a bare 一 or 三 is an article or part of a word, not an amount
        }
        return Optional.of(
                match(BigDecimal.valueOf(parsed.getAsLong()), currency, countUnit, new TextSpan(start, end), true));
    }

    // Parsing a 40,000-digit string is slow and pointless: keep the leading digits and the magnitude.
    private static BigDecimal parse(String number) {
        int dot = number.indexOf('.');
        int integerDigits = dot < 0 ? number.length() : dot;
        if (integerDigits <= MAX_DIGITS) {
            return new BigDecimal(
                    number.length() > 60 ? number.substring(0, 60) : number); // long decimals: precise enough
        }
        return new BigDecimal(number.substring(0, MAX_DIGITS)).scaleByPowerOfTen(integerDigits - MAX_DIGITS);
    }

    private static AmountMatch match(
            BigDecimal raw, String currency, String countUnit, TextSpan span, boolean explicit) {
        BigDecimal value = raw.stripTrailingZeros();
        boolean valid = value.signum() > 0 && value.compareTo(MAX) <= 0;
        if (value.scale() < 0 && value.abs().compareTo(MAX) <= 0) {
            value = value.setScale(0); // plain 12500, never 1.25E+4
        }
        return new AmountMatch(
                value, Optional.ofNullable(currency), Optional.ofNullable(countUnit), span, explicit, valid);
    }

    private static boolean isCompanyLikeM(Matcher mult, String currency, String number, String text) {
        if (!"M".equals(mult.group(1)) || currency != null || number.indexOf('.') >= 0) {
            return false;
        }
        return !SUFFIX.matcher(text).region(mult.end(), text.length()).lookingAt();
    }

    private static boolean rejectsBefore(String text, int start) {
        char before = text.charAt(start - 1);
        if (Character.isLetterOrDigit(before) && !ChatText.isHan(before)) {
            return true; // "Q3", "v2", "U024BE7LH": part of a word or an id
        }
        if ("@#&<_".indexOf(before) >= 0 || ORDINAL_BEFORE.indexOf(before) >= 0) {
            return true;
        }
        // "10:30", "12/5", "3.2.1": the tail of a time, a date or a version
        return ":/.".indexOf(before) >= 0 && start >= 2 && Character.isDigit(text.charAt(start - 2));
    }

    private static boolean notAmountAfter(String text, int end) {
        return NOT_AMOUNT_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    // A bare number with nothing around it is an amount only when it is big enough to be money and
    // does not look like a year, a version number or an id ("top 5", "2026", "3.2", a phone number).
    private static boolean plausibleBareNumber(String number, BigDecimal value, boolean smallNumbers) {
        if (number.indexOf('.') >= 0 || (!smallNumbers && value.compareTo(BigDecimal.valueOf(100)) < 0)) {
            return false;
        }
        if (number.length() == 4 && value.intValue() >= 1900 && value.intValue() <= 2099) {
            return false;
        }
        return number.length() <= 10;
    }

    private static BigDecimal multiplierOf(Matcher m) {
        String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "k", "thousand", "grand", "千" -> BigDecimal.valueOf(1_000);
            case "w", "万" -> BigDecimal.valueOf(10_000);
            case "百" -> BigDecimal.valueOf(100);
            case "m", "mm", "mil", "mln", "million", "百万" -> BigDecimal.valueOf(1_000_000);
            case "千万" -> BigDecimal.valueOf(10_000_000);
            case "亿" -> BigDecimal.valueOf(100_000_000);
            case "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        };
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group().strip();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChineseNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ChineseNumerals.CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
