package com.salesbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatTokenizerTest {
    @Test
    void hanCharactersAreTokensOfTheirOwnAndLatinWordsAreLowerCased() {
        assertThat(ChatTokenizer.tokenize("今天拜访了华为技术, Deal 12k"))
                .containsExactly("今", "天", "拜", "访", "了", "华", "为", "技", "术", "deal", "<num>", "k");
    }

    @Test
    void mentionsNumbersAndLinksBecomePlaceholders() {
        assertThat(ChatTokenizer.tokenize("<@U024BE7LH> closed 12,500.50 see https://example.com/x <https://a.b|link>"))
                .containsExactly("<mention>", "closed", "<num>", "see", "<url>", "<url>");
    }

    @Test
    void currencySymbolsAndQuestionMarksAreTokens() {
        assertThat(ChatTokenizer.tokenize("$5k or €3k?"))
                .containsExactly("<cur>", "<num>", "k", "or", "<cur>", "<num>", "k", "?");
    }

    @Test
    void fullWidthFormsReadAsTheirAsciiTwins() {
        assertThat(ChatTokenizer.tokenize("ＫＰＩ进度？１２单")).containsExactly("kpi", "进", "度", "?", "<num>", "单");
    }

    @Test
    void emojiAreTokensButSkinTonesAndOtherPunctuationAreNot() {
        assertThat(ChatTokenizer.tokenize("👍🏽 nice!!! (really) 🎉")).containsExactly("👍", "nice", "really", "🎉");
    }

    @Test
    void apostrophesInsideWordsAreDropped() {
        assertThat(ChatTokenizer.tokenize("what's Dana’s number")).containsExactly("whats", "danas", "number");
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoTokens() {
        assertThat(ChatTokenizer.tokenize("")).isEmpty();
        assertThat(ChatTokenizer.tokenize(" ... !!! ")).isEmpty();
    }

    @Test
    void digitsOutsideTheBasicPlaneAndLoneSurrogatesEndTheScan() {
        assertThat(ChatTokenizer.tokenize("\uD801\uDCA0")).containsExactly("<num>");
        assertThat(ChatTokenizer.tokenize("sale 12\uD801\uDCA1k")).containsExactly("sale", "<num>", "k");
        assertThat(ChatTokenizer.tokenize("\uD800 ok \uDFFF\uD800")).containsExactly("ok");
        assertThat(ChatTokenizer.analyse("9".repeat(40_000) + " Acme").tokens()).containsExactly("<num>");
    }

    @Test
    void onlyTheStartOfAVeryLongMessageIsRead() {
        String[] tokens = ChatTokenizer.tokenize("visit ".repeat(10_000));
        assertThat(tokens).hasSize(ChatTokenizer.MAX_CHARS / "visit ".length() + 1);
        assertThat(tokens).startsWith("visit", "visit");
    }

    @Test
    void capitalisedWordsInsideASentenceAreNameLike() {
        ChatTokenizer.Tokenized t =
                ChatTokenizer.analyse("Met the CFO of Vandelay Imports on Monday. Great chat with Anna");
        assertThat(t.tokens())
                .containsExactly(
                        "met",
                        "the",
                        "cfo",
                        "of",
                        "vandelay",
                        "imports",
                        "on",
                        "monday",
                        "great",
                        "chat",
                        "with",
                        "anna");
        assertThat(t.nameLike())
                .containsExactly(false, false, false, false, true, true, false, false, false, false, false, true);
    }

    @Test
    void theNameMaskIsAlignedWithTheTokensWhateverTheScript() {
        ChatTokenizer.Tokenized t = ChatTokenizer.analyse("<@U1> 拜访 Acme，签了 $5k 🎉 Zoom?");
        assertThat(t.nameLike()).hasSameSizeAs(t.tokens());
        assertThat(t.tokens())
                .containsExactly("<mention>", "拜", "访", "acme", "签", "了", "<cur>", "<num>", "k", "🎉", "zoom", "?");
        assertThat(t.nameLike()[3]).isTrue();
        assertThat(t.nameLike()[10]).isTrue();
    }
}
