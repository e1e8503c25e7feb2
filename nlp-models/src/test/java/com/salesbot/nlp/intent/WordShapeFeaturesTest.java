package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordShapeFeaturesTest {
    private final WordShapeFeatures shape = new WordShapeFeatures();

    @Test
    void aTypoSharesMostCharacterTrigramsWithTheWordItMisspells() {
        Set<String> right = new HashSet<>(shape.extractFeatures(new String[] {"scheduled"}, Map.of()));
        Collection<String> typo = shape.extractFeatures(new String[] {"schedlued"}, Map.of());
        Set<String> shared = new HashSet<>(typo);
        shared.retainAll(right);
        assertThat(shared).contains("c3=^sc", "c3=sch", "c3=che", "c3=hed", "c3=ed$");
    }

    @Test
    void threeHanCharactersInARowAreATrigram() {
        assertThat(shape.extractFeatures(new String[] {"拜", "访", "量", "<num>"}, Map.of()))
                .containsExactly("h3=拜访量");
    }

    @Test
    void shortWordsAndPlaceholdersHaveNoTrigrams() {
        assertThat(shape.extractFeatures(new String[] {"hey", "<num>", "<mention>"}, Map.of()))
                .isEmpty();
    }
}
