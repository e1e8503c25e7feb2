package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.normalize.NameExtractor.Names;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameExtractorTest {
    private final NameExtractor names = new NameExtractor();

    @ParameterizedTest(name = "\"{0}\": customer {1}, contact {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "visited Acme Corp | Acme Corp | -",
                "met the CTO at Globex | Globex | the CTO",
                "meeting with Initech | Initech | -",
                "call with Jane at Hooli | Hooli | Jane",
                "closed a deal with Globex | Globex | -",
                "Globex signed | Globex | -",
                "sale Globex | Globex | -",
                "12k for Acme | Acme | -",
                "customer: Acme | Acme | -",
                "Acme Corp: met the CTO, went well | Acme Corp | the CTO",
                "move Acme to negotiation | Acme | -",
                "mark Helix as lost | Helix | -",
                "what's the history with Acme | Acme | -",
                "visited \"Acme Corp\" | Acme Corp | -",
                "met Mr. Lee from Globex | Globex | Mr. Lee",
                "Joy (nurse manager) joined the call with Metro Pharmacy | Metro Pharmacy | Joy",
                "dropped by black & decker supply | black & decker supply | -",
                "Ben & Jerry's history | Ben & Jerry's | -",
                "closed the deal with St. Mary's Clinic | St. Mary's Clinic | -",
                "won the Gringotts Bank deal | Gringotts Bank | -",
            })
    void readsEnglishCustomersAndContactsByTheShapeOfTheSentence(String text, String customer, String contact) {
        Names found = names.extract(text, false);

        assertThat(found.customer()).isEqualTo(Optional.ofNullable(customer));
        assertThat(found.contact()).isEqualTo(Optional.ofNullable(contact));
    }

    @ParameterizedTest(name = "\"{0}\": customer {1}, contact {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "拜访了华为技术 | 华为技术 | -",
                "今天去了腾讯 | 腾讯 | -",
                "见了比亚迪的王经理 | 比亚迪 | 王经理",
                "和小米签了 | 小米 | -",
                "华为那边还没回复 | 华为 | -",
                "客户:美的 | 美的 | -",
                "今天见了Acme的CTO | Acme | CTO",
                "深圳前海智联信息技术有限公司的拜访记录 | 深圳前海智联信息技术有限公司 | -",
                "和美的集团签约了 | 美的集团 | -",
                "蔚来汽车赢单了 | 蔚来汽车 | -",
                "阿里巴巴的单子签了 | 阿里巴巴 | -",
                "网易拜访完了,采购经理说要内部讨论一下 | 网易 | 采购经理",
                "跟蔚来汽车的孙总通了个电话 | 蔚来汽车 | 孙总",
                "把京东方改成赢单 | 京东方 | -",
            })
    void readsChineseCustomersAndContacts(String text, String customer, String contact) {
        Names found = names.extract(text, false);

        assertThat(found.customer()).isEqualTo(Optional.ofNullable(customer));
        assertThat(found.contact()).isEqualTo(Optional.ofNullable(contact));
    }

    @ParameterizedTest(name = "\"{0}\": competitor {1}, customer {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "BetaSoft is offering 20% off at Acme | BetaSoft | Acme",
                "competitor HubSpot is circling | HubSpot | -",
                "Acme is evaluating Pipedrive | Pipedrive | Acme",
                "lost Initech to Salesforce | Salesforce | Initech",
                "saw Pipedrive reps at Acme Corp | Pipedrive | Acme Corp",
                "金蝶在给美的报价 | 金蝶 | 美的",
                "竞争对手金蝶 | 金蝶 | -",
                "宁德时代倾向于用友,因为价格便宜 | 用友 | 宁德时代",
                "听说阿里巴巴在看微软Dynamics的产品 | 微软Dynamics | 阿里巴巴",
            })
    void readsCompetitorsAndTheCustomerTheyAreAt(String text, String competitor, String customer) {
        Names found = names.extract(text, true);

        assertThat(found.competitor()).isEqualTo(Optional.ofNullable(competitor));
        assertThat(found.customer()).isEqualTo(Optional.ofNullable(customer));
    }

    @Test
    void stopsANameAtMaskedDatesAndAmounts() {
        String text = "visited Acme today, closed 12k";
        String masked = ChatText.mask(text, java.util.List.of(new TextSpan(13, 18), new TextSpan(27, 30)));

        assertThat(names.extract(masked, false).customer()).contains("Acme");
    }

    @Test
    void findsNoNameInMessagesWithoutOne() {
        assertThat(names.extract("how am I doing this month?", false)).isEqualTo(NameExtractor.Names.NONE);
        assertThat(names.extract("   ", false)).isEqualTo(NameExtractor.Names.NONE);
    }
}
