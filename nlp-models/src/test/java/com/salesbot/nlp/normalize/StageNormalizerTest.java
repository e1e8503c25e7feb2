package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageNormalizerTest {
    private final StageNormalizer stages = new StageNormalizer();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "add Acme as a new lead | lead",
                "Initech is qualified now | qualified",
                "sent the quote to Hooli | proposal",
                "sent the proposal | proposal",
                "we're in negotiation with Globex | negotiation",
                "negotiating price with Globex | negotiation",
                "mark Helix as won | won",
                "Helix is dead | lost",
                "the Umbrella deal fell through | lost",
                "mark Helix as lost | lost",
                "把美的放到线索 | lead",
                "初步接触了新东方 | lead",
                "京东方已确认需求 | qualified",
                "标记为合格商机 | qualified",
                "给腾讯发了报价 | proposal",
                "方案已经发过去了 | proposal",
                "进入商务谈判 | negotiation",
                "还在议价 | negotiation",
                "改成赢单 | won",
                "小米成交了 | won",
                "华为签了 | won",
                "丢单了 | lost",
                "黄了 | lost",
                "输单 | lost",
                "没戏了 | lost",
            })
    void readsTheSixStagesFromPhrasesRepsUse(String text, String stage) {
        assertThat(stages.find(text)).contains(stage);
    }

    @Test
    void prefersTheStageTheDealMovesTo() {
        assertThat(stages.find("move Acme from proposal to negotiation")).contains("negotiation");
        assertThat(stages.find("把顺丰从报价改成谈判")).contains("negotiation");
    }

    @Test
    void doesNotReadWontAsWon() {
        assertThat(stages.find("they won't decide yet")).isEmpty();
    }
}
