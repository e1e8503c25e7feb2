package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlausibleNameTest {

    @Test
    void acceptsCompanyAndPersonNamesInBothScripts() {
        assertThat(PlausibleName.test("Acme Corp")).isTrue();
        assertThat(PlausibleName.test("the CTO")).isTrue();
        assertThat(PlausibleName.test("华为技术")).isTrue();
        assertThat(PlausibleName.test("美的")).isTrue();
        assertThat(PlausibleName.test("王经理")).isTrue();
    }

    @Test
    void rejectsALoneArticleOrPronoun() {
        assertThat(PlausibleName.test("the")).isFalse();
        assertThat(PlausibleName.test("anyone")).isFalse();
        assertThat(PlausibleName.test("全组")).isFalse();
    }

    @Test
    void rejectsACutThatStartsOrEndsOnAParticle() {
        assertThat(PlausibleName.test("的业绩")).isFalse();
        assertThat(PlausibleName.test("吉利汽车的")).isFalse();
        assertThat(PlausibleName.test("Acme with")).isFalse();
        assertThat(PlausibleName.test("  ")).isFalse();
        assertThat(PlausibleName.test("?!")).isFalse();
    }

    @Test
    void rejectsAQuestionAboutAMeasureOrACommonWord() {
        assertThat(PlausibleName.test("总业绩多少")).isFalse();
        assertThat(PlausibleName.test("拜访数")).isFalse();
        assertThat(PlausibleName.test("全队")).isFalse();
        assertThat(PlausibleName.test("everything")).isFalse();
    }
}
