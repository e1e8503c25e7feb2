package com.salesbot.core.stats;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a stats question measures: the four ranking metrics plus two ratios the NLU has no metric value
 * for, so they are read from the words ("conversion", "转化率", "average deal size", "客单价").
 */
public enum StatMetric {
    SALES("metric.sales"),
    VISITS("metric.visits"),
    DEALS("metric.deals"),
    KUDOS("metric.kudos"),
    /** Won deals per visit. */
    CONVERSION("stats.metric.conversion"),
    /** Sales divided by won deals. */
    AVERAGE_DEAL("stats.metric.average_deal");

    private static final Pattern CONVERSION_WORDS =
            Pattern.compile("(?i)\\bconver(?:sion|t)|\\bwin rate\\b|\\bhit rate\\b|转化|成交率|赢单率");
    private static final Pattern AVERAGE_WORDS = Pattern.compile(
            "(?i)\\baverage (?:deal|order|sale)|\\bavg\\.? (?:deal|order|sale)|\\bdeal size|客单价|平均(?:每单|单价|成交|订单|合同)|单均");

    private final String nameKey;

    StatMetric(String nameKey) {
        this.nameKey = nameKey;
    }

    /** The message key naming the metric. */
    public String nameKey() {
        return nameKey;
    }

    /** The metric a question asks about: a ratio named in the text, else the NLU's metric, else sales. */
    public static StatMetric of(String text, Optional<Metric> stated) {
        if (text != null && CONVERSION_WORDS.matcher(text).find()) {
            return CONVERSION;
        }
        if (text != null && AVERAGE_WORDS.matcher(text).find()) {
            return AVERAGE_DEAL;
        }
        return stated.map(m -> switch (m) {
                    case SALES -> SALES;
                    case VISITS -> VISITS;
                    case DEALS -> DEALS;
                    case KUDOS -> KUDOS;
                })
                .orElse(SALES);
    }

    /** The value for a tally; empty for a ratio whose denominator is zero. */
    public Optional<BigDecimal> value(Tally t) {
        return switch (this) {
            case SALES -> Optional.of(t.sales());
            case VISITS -> Optional.of(BigDecimal.valueOf(t.visits()));
            case DEALS -> Optional.of(BigDecimal.valueOf(t.deals()));
            case KUDOS -> Optional.of(BigDecimal.valueOf(t.kudos()));
            case CONVERSION ->
                t.visits() == 0
                        ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(t.deals())
                                .multiply(BigDecimal.valueOf(100))
                                .divide(BigDecimal.valueOf(t.visits()), 1, RoundingMode.HALF_UP));
            case AVERAGE_DEAL ->
                t.deals() == 0
                        ? Optional.empty()
                        : Optional.of(t.sales().divide(BigDecimal.valueOf(t.deals()), 2, RoundingMode.HALF_UP));
        };
    }

    /** Money in the team's currency, conversion as a percentage, counts as whole numbers. */
    public String display(BigDecimal value, String currency) {
        return switch (this) {
            case SALES, AVERAGE_DEAL -> new Money(value, currency).display();
            case CONVERSION -> value.stripTrailingZeros().toPlainString() + "%";
            default -> value.stripTrailingZeros().toPlainString();
        };
    }

    /** True when the metric needs kudos counted. */
    public boolean needsKudos() {
        return this == KUDOS;
    }
}
