package com.salesbot.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTokenizerTest {

    @Test
    void hanCharactersWordsAndPunctuationAreTokensWithTheirOffsets() {
        List<SpanTokenizer.Token> tokens = SpanTokenizer.tokenize("见了Acme Corp的CTO, ok");

        assertThat(tokens)
                .extracting(SpanTokenizer.Token::text)
                .containsExactly("见", "了", "Acme", "Corp", "的", "CTO", ",", "ok");
        assertThat(tokens.get(2)).isEqualTo(new SpanTokenizer.Token("Acme", 2, 6));
    }

    @Test
    void hugeInputIsCutAtTheNameFindingWindow() {
        List<SpanTokenizer.Token> tokens = SpanTokenizer.tokenize("a ".repeat(30_000));

        assertThat(tokens).hasSize(SpanTokenizer.MAX_CHARS / 2);
    }
}
