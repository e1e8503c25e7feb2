package com.salesbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordStemmerTest {
    @ParameterizedTest(name = "{0} and {1} share a stem")
    @CsvSource({
        "visit, visited",
        "visit, visiting",
        "visits, visit",
        "close, closed",
        "closing, closes",
        "remind, reminded",
        "reminding, remind",
        "meeting, meetings",
        "meet, meeting",
        "company, companies",
        "plan, planned",
        "stop, stopped",
        "call, called",
        "target, targets",
    })
    void inflectionsOfAWordShareOneStem(String a, String b) {
        assertThat(WordStemmer.stem(a)).isEqualTo(WordStemmer.stem(b));
    }

    @ParameterizedTest(name = "{0} is left as it is")
    @ValueSource(strings = {"is", "us", "yes", "bus", "华", "<num>", "<mention>", "🎉", "?", "q3x"})
    void shortWordsHanCharactersAndPlaceholdersAreUnchanged(String token) {
        assertThat(WordStemmer.stem(token)).isEqualTo(token);
    }
}
