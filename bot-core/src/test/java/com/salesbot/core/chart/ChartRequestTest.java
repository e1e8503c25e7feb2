package com.salesbot.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartRequestTest {
    @Test
    void recognisesChartRequestsInEnglishAndChinese() {
        assertThat(ChartRequest.asked("how am I doing against my target, show me a chart"))
                .isTrue();
        assertThat(ChartRequest.asked("team ranking as a graph")).isTrue();
        assertThat(ChartRequest.asked("画个图 本月排行")).isTrue();
        assertThat(ChartRequest.asked("我的目标进度，给我看看图")).isTrue();
        assertThat(ChartRequest.asked("本月销售额图表")).isTrue();
    }

    @Test
    void ordinaryQuestionsAreNotChartRequests() {
        assertThat(ChartRequest.asked("how am I doing against my target this month?"))
                .isFalse();
        assertThat(ChartRequest.asked("visited Chartwell Ltd today")).isFalse();
        assertThat(ChartRequest.asked("本周拜访量排行")).isFalse();
        assertThat(ChartRequest.asked(null)).isFalse();
    }
}
