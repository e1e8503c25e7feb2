package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StemmedWordFeaturesTest {
    @Test
    void wordsAndAdjacentPairsAreStemmedWithMessageBoundaries() {
        assertThat(new StemmedWordFeatures().extractFeatures(new String[] {"visited", "<num>", "clients"}, Map.of()))
                .containsExactly(
                        "s=visit",
                        "sb=^_visit",
                        "s=<num>",
                        "sb=visit_<num>",
                        "s=client",
                        "sb=<num>_client",
                        "sb=client_$");
    }

    @Test
    void hanCharacterPairsAreTheBigramsThatCarryChineseWords() {
        assertThat(new StemmedWordFeatures().extractFeatures(new String[] {"拜", "访"}, Map.of()))
                .contains("sb=拜_访");
    }

    @Test
    void anEmptyMessageHasNoFeatures() {
        assertThat(new StemmedWordFeatures().extractFeatures(new String[0], Map.of()))
                .isEmpty();
    }
}
