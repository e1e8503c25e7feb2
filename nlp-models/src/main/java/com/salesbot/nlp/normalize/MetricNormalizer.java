package com.salesbot.nlp.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which metric a message talks about: {@code sales} (revenue, bookings, 销售额, 业绩),
 * {@code visits} (visits, meetings, calls, 拜访量), {@code deals} (deals, orders, 成交, 签单数) or
 * {@code kudos} (kudos, 点赞). "target", "quota", "目标" and "指标" alone state no metric.
 */
public final class MetricNormalizer {
    // Compound words before their parts: 成交额 is money, 成交 alone a count of deals.
    private static final Pattern METRIC = Pattern.compile(("(?i)"
            + "(?<sales>成交额|成交金额|销售额|销售业绩|销售金额|业绩|营收|营业额|收入|金额|回款|销量|销售"
            + "|\\brevenue\\b|\\bsales\\b|\\bsold\\b|\\bamount\\b|\\bbookings?\\b|\\bturnover\\b|\\bdollars?\\b|\\bmoney\\b"
            + "|\\bgmv\\b|\\barr\\b|\\bmrr\\b|\\bquota\\s+attainment\\b|(?<![\\w$])\\$(?![\\d\\w]))"
            + "|(?<visits>拜访量|拜访次数|拜访数|拜访|走访|见客户|客户拜访|去过|几趟|多少趟|趟数|上门"
            + "|\\bvisits?\\b|\\bvisited\\b|\\bmeetings?\\b|\\bcalls?\\b|\\bdemos?\\b|\\bappointments?\\b)"
            + "|(?<deals>签单数|成交量|成交数|成交单数|订单数|订单量|单数|单量|签单|订单|成交|成单|出单|开单|(?:几|多少)个?单"
            + "|\\bdeals?\\b|\\borders?\\b|\\bclosed\\s+deals\\b|\\bwins\\b|\\bcontracts\\b)"
            + "|(?<kudos>点赞|表扬|夸奖|获赞|赞数|个赞|的赞|收到的赞|被赞|\\bkudos\\b|\\bshout-?outs?\\b|\\brecognitions?\\b"
            + "|\\bpraise\\b)")
            // \b treats Han characters as letters, so "的kudos" would have no boundary; ASCII lookarounds do.
            .replace("\\b", "(?:(?<![A-Za-z])|(?![A-Za-z]))"));
    private static final Pattern DEAL_COUNT_UNIT = Pattern.compile("单|单子|订单|笔|个订单|个单|个单子");

    /** The first metric a word in {@code text} states. */
    public Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = METRIC.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        for (String metric : new String[] {"sales", "visits", "deals", "kudos"}) {
            if (m.group(metric) != null) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    /** The metric a counted noun names: "visits" → visits, "单" → deals, "kudos" → kudos. */
    public Optional<String> ofCountUnit(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        if (DEAL_COUNT_UNIT.matcher(unit).matches()) {
            return Optional.of("deals");
        }
        return find(unit);
    }
}
