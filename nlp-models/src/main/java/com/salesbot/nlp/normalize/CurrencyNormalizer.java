package com.salesbot.nlp.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps currency symbols and words ("$", "bucks", "块", "港币") to ISO 4217 codes, per the contract's table. */
public final class CurrencyNormalizer {
    /** Symbols and words written before a number: "$5k", "RMB 20000", "人民币5万". */
    static final String PREFIX =
            "(?i:hk|us|s)\\$|\\$|€|£|¥|￥|(?i:rmb|cny|usd|eur|gbp|hkd|sgd)|人民币|美元|美金|欧元|英镑|港币|港元|新加坡元";

    /** Words written after a number: "3000 dollars", "5万元", "三千块". Longer forms first. */
    static final String SUFFIX =
            "(?i:dollars?|bucks|usd|rmb|cny|yuan|kuai|eur|euros?|gbp|pounds?|quid|hkd|sgd)(?![a-z])"
                    + "|新加坡元|美元|美金|欧元|英镑|港币|港元|人民币|新币|块钱|块|元|刀";

    private static final Map<String, String> ISO = Map.ofEntries(
            Map.entry("$", "USD"),
            Map.entry("us$", "USD"),
            Map.entry("usd", "USD"),
            Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"),
            Map.entry("bucks", "USD"),
            Map.entry("美元", "USD"),
            Map.entry("美金", "USD"),
            Map.entry("刀", "USD"),
            Map.entry("¥", "CNY"),
            Map.entry("￥", "CNY"),
            Map.entry("元", "CNY"),
            Map.entry("块", "CNY"),
            Map.entry("块钱", "CNY"),
            Map.entry("rmb", "CNY"),
            Map.entry("cny", "CNY"),
            Map.entry("yuan", "CNY"),
            Map.entry("kuai", "CNY"),
            Map.entry("人民币", "CNY"),
            Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"),
            Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"),
            Map.entry("欧元", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"),
            Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"),
            Map.entry("quid", "GBP"),
            Map.entry("英镑", "GBP"),
            Map.entry("hk$", "HKD"),
            Map.entry("hkd", "HKD"),
            Map.entry("港币", "HKD"),
            Map.entry("港元", "HKD"),
            Map.entry("s$", "SGD"),
            Map.entry("sgd", "SGD"),
            Map.entry("新加坡元", "SGD"),
            Map.entry("新币", "SGD"));

    // Standalone mentions only for unambiguous words: a bare 元 or 块 is too often part of another word (元旦, 一块儿).
    private static final Pattern STANDALONE =
            Pattern.compile("(?<![A-Za-z])(?:(?i:usd|rmb|cny|eur|gbp|hkd|sgd|dollars|bucks|euros|yuan)(?![A-Za-z])"
                    + "|HK\\$|S\\$|US\\$|人民币|美元|美金|欧元|英镑|港币|港元|新加坡元)");

    /** The ISO code for one symbol or word as written, e.g. "HK$" → HKD, "人民币" → CNY. */
    public Optional<String> toIso(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ISO.get(token.strip().toLowerCase(Locale.ROOT)));
    }

    /** The first currency word written anywhere in {@code text} without a number next to it ("in RMB"). */
    public Optional<CurrencyMatch> find(String text) {
        Matcher m = STANDALONE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return toIso(m.group()).map(iso -> new CurrencyMatch(iso, new TextSpan(m.start(), m.end())));
    }

    /** A currency found in text. */
    public record CurrencyMatch(String iso, TextSpan span) {}
}
