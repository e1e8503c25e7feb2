package com.salesbot.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerMatcherTest {
    @Test
    void caseSpacingPunctuationAndLegalSuffixesShareOneKey() {
        assertThat(CustomerKey.of("Acme Corp."))
                .isEqualTo(CustomerKey.of("ACME  corp"))
                .isEqualTo("acme");
        assertThat(CustomerKey.of("Globex, Inc")).isEqualTo(CustomerKey.of("globex"));
        assertThat(CustomerKey.of("Initech Ltd")).isEqualTo(CustomerKey.of("Initech Limited"));
        assertThat(CustomerKey.of("华为技术有限公司")).isEqualTo(CustomerKey.of("华为技术")).isEqualTo("华为技术");
        assertThat(CustomerKey.of("星河数据公司")).isEqualTo("星河数据");
        assertThat(CustomerKey.of("ＡＣＭＥ")).isEqualTo("acme");
    }

    @Test
    void aSuffixIsDroppedOnlyAsAWholeTrailingWord() {
        assertThat(CustomerKey.of("Costco")).isEqualTo("costco");
        assertThat(CustomerKey.of("Co")).isEqualTo("co");
        assertThat(CustomerKey.of("公司")).isEqualTo("公司");
    }

    @Test
    void theSameKeyWinsOverCloseNames() {
        assertThat(CustomerMatcher.match("acme corp", List.of("Acme Corp", "Acme", "Acne")))
                .containsExactly(List.of("Acme Corp", "Acme"));
    }

    @Test
    void aSmallTypoOrAPrefixStillFindsTheCustomer() {
        assertThat(CustomerMatcher.match("Globx", List.of("Globex", "Initech"))).containsExactly(List.of("Globex"));
        assertThat(CustomerMatcher.match("Initehc", List.of("Globex", "Initech")))
                .containsExactly(List.of("Initech"));
        assertThat(CustomerMatcher.match("华为", List.of("华为技术", "中兴通讯"))).containsExactly(List.of("华为技术"));
    }

    @Test
    void severalCloseNamesAreAllOfferedAndShortNamesNeedToBeExact() {
        assertThat(CustomerMatcher.match("acme", List.of("Acme Labs", "Acme Foods")))
                .hasSize(2);
        assertThat(CustomerMatcher.match("IBN", List.of("IBM"))).isEmpty();
        assertThat(CustomerMatcher.match("", List.of("IBM"))).isEmpty();
    }
}
