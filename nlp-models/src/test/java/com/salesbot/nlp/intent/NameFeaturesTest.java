package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.text.ChatTokenizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameFeaturesTest {
    private final NameFeatures names = new NameFeatures();

    @Test
    void aRunOfCapitalisedWordsIsOneNameSeenThroughItsNeighbours() {
        ChatTokenizer.Tokenized t = ChatTokenizer.analyse("what's going on with Foo Bar Ltd");
        assertThat(names.extractFeatures(t.tokens(), NameFeatures.extraInformation(t)))
                .containsExactly("nb=with_<name>", "nb=<name>_$");
    }

    @Test
    void twoNamesGiveThePatternBetweenThem() {
        ChatTokenizer.Tokenized t = ChatTokenizer.analyse("heads up, Zenith Tools is pitching Acme");
        assertThat(names.extractFeatures(t.tokens(), NameFeatures.extraInformation(t)))
                .contains("nb=up_<name>", "nb=<name>_is", "nb=pitch_<name>", "nb=<name>_$");
    }

    @Test
    void aMessageWithoutNamesAddsNothing() {
        ChatTokenizer.Tokenized t = ChatTokenizer.analyse("show me the leaderboard");
        assertThat(names.extractFeatures(t.tokens(), NameFeatures.extraInformation(t)))
                .isEmpty();
    }

    @Test
    void withoutAMatchingMaskNothingIsAdded() {
        String[] tokens = {"met", "acme"};
        assertThat(names.extractFeatures(tokens, Map.of())).isEmpty();
        assertThat(names.extractFeatures(tokens, null)).isEmpty();
        assertThat(names.extractFeatures(tokens, Map.of(NameFeatures.NAME_MASK, new boolean[] {true})))
                .isEmpty();
    }
}
