package com.salesbot.nlp.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rejects a found customer, contact or competitor that cannot be a name whichever finder cut it: a lone
 * article or pronoun ("the", "anyone"), a cut that begins or ends on a grammatical particle ("的业绩",
 * "Acme with"), or a word that names a measure rather than an account ("业绩", "全组").
 */
public final class PlausibleName {
    private static final Set<String> NOT_NAMES = Set.of(
            "the",
            "a",
            "an",
            "our",
            "their",
            "his",
            "her",
            "my",
            "your",
            "this",
            "that",
            "these",
            "those",
            "it",
            "they",
            "them",
            "we",
            "us",
            "me",
            "you",
            "anyone",
            "everyone",
            "someone",
            "somebody",
            "anybody",
            "everybody",
            "team",
            "customer",
            "client",
            "account",
            "deal",
            "visit",
            "sales",
            "revenue",
            "target",
            "quota",
            "back",
            "active",
            "past",
            "closes",
            "wins",
            "deals",
            "visits",
            "numbers",
            "view",
            // common words a finder cuts when the real name is elsewhere ("pull up everything on…")
            "everything",
            "anything",
            "something",
            "nothing",
            "board",
            "ground",
            "showing",
            "price",
            "prices",
            "pricing",
            "stuff",
            "news",
            "全组",
            "全队",
            "全员",
            "补录",
            "服务",
            "团队",
            "大家",
            "我们",
            "他们",
            "她们",
            "客户",
            "公司",
            "业绩",
            "拜访",
            "成交",
            "目标",
            "排名",
            "统计",
            "指标",
            "提成",
            "日报",
            "周报",
            "数据",
            "情况",
            "这家",
            "那家",
            "对方",
            "正式",
            "定金",
            "合同",
            "项目",
            "订单");
    private static final Pattern EN_EDGE_WORD = Pattern.compile(
            "(?i)^(?:the|a|an|of|with|at|to|for|and|from|in|on|by|about|re)\\s*$|(?i)\\s(?:of|with|at|to|for|and|from|in|on|by|about"
                    + "|the|a|an)$");
    private static final Pattern ZH_MEASURE = Pattern.compile("多少|几个|业绩|销售额|成交额|拜访数|拜访量");
    private static final String ZH_EDGE = "的了和跟与在是把给被让从对向还也都就又";

    private PlausibleName() {}

    /** True when {@code value} may be the name of a customer, contact or competitor. */
    public static boolean test(String value) {
        if (value == null) {
            return false;
        }
        String name = value.strip();
        if (name.isEmpty() || name.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "总业绩多少", "拜访数": a question about a measure, not an account
        if (ZH_MEASURE.matcher(name).find()) {
            return false;
        }
        if (EN_EDGE_WORD.matcher(name).find() || name.endsWith("'s") || name.endsWith("’s")) {
            return false;
        }
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        // 美的 is a company; "吉利汽车的" is a cut that ran one character too far
        boolean badEnd = last == '的' ? name.length() >= 3 : ZH_EDGE.indexOf(last) >= 0;
        return ZH_EDGE.indexOf(first) < 0 && !badEnd;
    }
}
