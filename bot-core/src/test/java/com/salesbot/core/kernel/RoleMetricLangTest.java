package com.salesbot.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleMetricLangTest {

    @Test
    void higherRolesCoverLowerOnes() {
        assertThat(Role.ADMIN.covers(Role.MANAGER)).isTrue();
        assertThat(Role.MANAGER.covers(Role.MANAGER)).isTrue();
        assertThat(Role.MANAGER.covers(Role.REP)).isTrue();
        assertThat(Role.REP.covers(Role.MANAGER)).isFalse();
        assertThat(Role.fromCode(" Manager ")).isEqualTo(Role.MANAGER);
    }

    @Test
    void metricsReadTheirContractNames() {
        assertThat(Metric.fromCode("visits")).contains(Metric.VISITS);
        assertThat(Metric.fromCode(" Sales ")).contains(Metric.SALES);
        assertThat(Metric.fromCode("revenue")).isEmpty();
        assertThat(Metric.fromCode(null)).isEmpty();
        assertThat(Metric.SALES.isMoney()).isTrue();
        assertThat(Metric.DEALS.isMoney()).isFalse();
    }

    @Test
    void languageCodesDefaultToEnglish() {
        assertThat(Lang.fromCode("zh-CN")).isEqualTo(Lang.ZH);
        assertThat(Lang.fromCode("en_US")).isEqualTo(Lang.EN);
        assertThat(Lang.fromCode("fr")).isEqualTo(Lang.EN);
        assertThat(Lang.fromCode(null)).isEqualTo(Lang.EN);
    }
}
