package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricNormalizerTest {
    private final MetricNormalizer metrics = new MetricNormalizer();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "leaderboard by revenue | sales",
                "top sales this month | sales",
                "bookings ranking | sales",
                "rank by $ | sales",
                "本月销售额排行 | sales",
                "业绩排名 | sales",
                "营收多少 | sales",
                "成交额是多少 | sales",
                "who has the most visits | visits",
                "meetings this week | visits",
                "calls logged | visits",
                "本周拜访量排行 | visits",
                "拜访次数 | visits",
                "most deals closed | deals",
                "orders this quarter | deals",
                "成交排行 | deals",
                "签单数 | deals",
                "订单最多 | deals",
                "签了几单 | deals",
                "kudos leaderboard | kudos",
                "上周大家的kudos排个序 | kudos",
                "点赞排行 | kudos",
                "表扬最多的人 | kudos",
            })
    void readsTheFourMetrics(String text, String metric) {
        assertThat(metrics.find(text)).contains(metric);
    }

    @ParameterizedTest(name = "\"{0}\" states no metric")
    @ValueSource(
            strings = {"how am I doing against my target", "what's my quota", "本月目标完成多少", "我的指标", "set target $50k"})
    void findsNoMetricInTargetOrQuotaAlone(String text) {
        assertThat(metrics.find(text)).isEmpty();
    }

    @Test
    void mapsCountedNounsToTheirMetric() {
        assertThat(metrics.ofCountUnit("visits")).contains("visits");
        assertThat(metrics.ofCountUnit("单")).contains("deals");
        assertThat(metrics.ofCountUnit("orders")).contains("deals");
        assertThat(metrics.ofCountUnit("次")).isEmpty();
    }
}
