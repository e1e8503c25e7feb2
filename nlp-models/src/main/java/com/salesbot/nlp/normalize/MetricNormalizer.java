package com.salesbot.nlp.normalize;

import com.salesbot.nlp.normalize.KeywordTable.Hit;
import com.salesbot.nlp.normalize.KeywordTable.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads which metric a message talks about: {@code sales} (revenue, bookings, 销售额, 业绩),
 * {@code visits} (visits, meetings, calls, 拜访量), {@code deals} (deals, orders, 成交, 签单数) or
 * {@code kudos} (kudos, 点赞). "target", "quota", "目标" and "指标" alone state no metric.
 */
public final class MetricNormalizer {
    // Compound words win over their parts because the table tries longer words first: 成交额 is money,
    // 成交 alone a count of deals.
    private static final KeywordTable METRICS = new KeywordTable(keywords());
    private static final Set<String> DEAL_COUNT_UNITS = Set.of("单", "单子", "订单", "笔", "个订单", "个单", "个单子");

    /** The first metric a word in {@code text} states. */
    public Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String lower = CuedPattern.lower(text);
        for (Hit hit : METRICS.findAll(lower)) {
            if (hit.keyword().word().equals("$") && dollarIsCurrency(lower, hit.start())) {
                continue; // "$5k" is a currency; "rank by $" names the metric
            }
            return Optional.of(hit.keyword().value());
        }
        return Optional.empty();
    }

    /** The metric a counted noun names: "visits" → visits, "单" → deals, "kudos" → kudos. */
    public Optional<String> ofCountUnit(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        if (DEAL_COUNT_UNITS.contains(unit)) {
            return Optional.of("deals");
        }
        return find(unit);
    }

    private static boolean dollarIsCurrency(String lower, int at) {
        boolean before = at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1));
        boolean after = at + 1 < lower.length() && Character.isLetterOrDigit(lower.charAt(at + 1));
        return before || after;
    }

    private static List<Keyword> keywords() {
        List<Keyword> k = new ArrayList<>();
        add(
                k,
                "sales",
                "成交额",
                "成交金额",
                "销售额",
                "销售业绩",
                "销售金额",
                "业绩",
                "营收",
                "营业额",
                "收入",
                "金额",
                "回款",
                "销量",
                "销售",
                "revenue",
                "sales",
                "sold",
                "amount",
                "booking",
                "bookings",
                "turnover",
                "dollars",
                "money",
                "gmv",
                "arr",
                "mrr",
                "quota attainment",
                "$");
        add(
                k,
                "visits",
                "拜访量",
                "拜访次数",
                "拜访数",
                "拜访",
                "走访",
                "见客户",
                "客户拜访",
                "去过",
                "几趟",
                "多少趟",
                "趟数",
                "上门",
                "visit",
                "visits",
                "visited",
                "meeting",
                "meetings",
                "call",
                "calls",
                "demo",
                "demos",
                "appointment",
                "appointments");
        add(
                k,
                "deals",
                "签单数",
                "成交量",
                "成交数",
                "成交单数",
                "订单数",
                "订单量",
                "单数",
                "单量",
                "签单",
                "订单",
                "成交",
                "成单",
                "出单",
                "开单",
                "几单",
                "几个单",
                "多少单",
                "多少个单",
                "deal",
                "deals",
                "order",
                "orders",
                "closed deals",
                "wins",
                "contracts");
        add(
                k,
                "kudos",
                "点赞",
                "表扬",
                "夸奖",
                "获赞",
                "赞数",
                "个赞",
                "的赞",
                "被赞",
                "kudos",
                "shoutout",
                "shoutouts",
                "shout-out",
                "shout-outs",
                "recognition",
                "recognitions",
                "praise");
        return k;
    }

    private static void add(List<Keyword> list, String metric, String... words) {
        for (String w : words) {
            list.add(new Keyword(w, metric, false));
        }
    }
}
