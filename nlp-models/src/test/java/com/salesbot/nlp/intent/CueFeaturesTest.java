package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.text.ChatTokenizer;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueFeaturesTest {
    private static Collection<String> features(String text) {
        return new CueFeatures().extractFeatures(ChatTokenizer.tokenize(text), Map.of());
    }

    @Test
    void synonymsInEitherLanguageLightUpTheSameClass() {
        assertThat(features("popped in at Acme this morning")).contains("cue=visit");
        assertThat(features("昨天上门拜访了华为")).contains("cue=visit");
        assertThat(features("shoutout to Dana")).contains("cue=kudos");
        assertThat(features("给小王点个赞")).contains("cue=kudos");
    }

    @Test
    void inflectedFormsMatchTheirEntry() {
        assertThat(features("she reminded me")).contains("cue=remind");
        assertThat(features("we were undercutting them")).contains("cue=competitor");
    }

    @Test
    void theCueOpeningTheMessageAndPairsOfClassesAreFeatures() {
        assertThat(features("cancel my friday reminder"))
                .contains("cue0=cancel", "cue=cancel", "cue=remind", "cc=cancel+remind");
    }

    @Test
    void aMessageWithoutCuesSaysSo() {
        assertThat(features("asdf qwerty")).containsExactlyInAnyOrder("cue=none", "cue0=none");
    }

    @Test
    void anEmptyMessageHasNoCues() {
        assertThat(new CueFeatures().extractFeatures(new String[0], Map.of())).containsExactly("cue=none");
    }

    @Test
    void theLongestCueAtTheStartDecidesTheOpeningClass() {
        String[] stemmed = CueLexicon.normalise(ChatTokenizer.tokenize("heads up the reps"));
        assertThat(CueLexicon.classAt(stemmed, 0)).isEqualTo("remind");
        assertThat(CueLexicon.classAt(stemmed, 2)).isNull();
    }

    @Test
    void everyClassHasAName() {
        assertThat(CueLexicon.classNames())
                .contains("visit", "sale", "remind", "kudos", "offtopic")
                .doesNotContain("");
    }
}
