package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNameBoundaryTest {

    @Test
    void growsACutThatStoppedBeforeTheCompanyWord() {
        assertThat(ChineseNameBoundary.repair("星河数据确认了预算,改成qualified", "星河")).isEqualTo("星河数据");
        assertThat(ChineseNameBoundary.repair("成交:蓝海齿科 5万块", "蓝海齿")).isEqualTo("蓝海齿科");
    }

    @Test
    void shrinksACutThatRanPastTheCompanyWord() {
        assertThat(ChineseNameBoundary.repair("在蓝海齿科碰到易销宝的销售了", "蓝海齿科碰")).isEqualTo("蓝海齿科");
    }

    @Test
    void stopsAtASpaceAfterChinese() {
        assertThat(ChineseNameBoundary.repair("蓝海齿科 阶段更新为方案报价", "蓝海齿科 阶")).isEqualTo("蓝海齿科");
    }

    @Test
    void leavesCompleteAndLatinNamesAlone() {
        assertThat(ChineseNameBoundary.repair("和华为技术签了5万", "华为技术")).isEqualTo("华为技术");
        assertThat(ChineseNameBoundary.repair("visited Acme Corp", "Acme Corp")).isEqualTo("Acme Corp");
        assertThat(ChineseNameBoundary.repair("美的那边签了", "美的")).isEqualTo("美的");
    }

    @Test
    void dropsWordsThatSayWhereOrWhichRatherThanWho() {
        assertThat(ChineseNameBoundary.repair("励销云的人在福耀玻璃门口发传单", "福耀玻璃门口")).isEqualTo("福耀玻璃");
        assertThat(ChineseNameBoundary.repair("查查汇川技术这家公司的信息", "汇川技术这家公司")).isEqualTo("汇川技术");
        assertThat(ChineseNameBoundary.repair("搜一下东方印务", "搜一下东方印务")).isEqualTo("东方印务");
    }
}
