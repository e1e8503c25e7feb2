package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.normalize.MentionExtractor.Mentions;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {
    private final MentionExtractor mentions = new MentionExtractor();

    @Test
    void readsSlackMentionsAsUserIdsWithOrWithoutALabel() {
        Mentions found = mentions.extract("set <@U024BE7LH> and <@W0ABC12|alice> targets");

        assertThat(found.persons()).containsExactly("U024BE7LH", "W0ABC12");
    }

    @Test
    void readsDiscordMentionsWithOrWithoutTheNicknameMark() {
        Mentions found = mentions.extract("kudos <@80351110224678912> and <@!99959976837358050>");

        assertThat(found.persons()).containsExactly("80351110224678912", "99959976837358050");
    }

    @Test
    void readsTypedAtNamesInBothScripts() {
        assertThat(mentions.extract("thanks @alice and @bob.smith!").persons()).containsExactly("alice", "bob.smith");
        assertThat(mentions.extract("给@王磊 定个目标").persons()).containsExactly("王磊");
        assertThat(mentions.extract("@王磊明天去拜访").persons()).containsExactly("王磊");
    }

    @Test
    void keepsOrderAndDropsDuplicates() {
        assertThat(mentions.extract("<@U1AAA> <@U2BBB> <@U1AAA|al>").persons()).containsExactly("U1AAA", "U2BBB");
    }

    @Test
    void neverTurnsChannelsLinksEmailsOrBroadcastsIntoPersons() {
        String text =
                "see <#C123|general>, <https://acme.com|Acme deck>, https://x.io/a@b mail bob@acme.com <!here> @here";

        Mentions found = mentions.extract(text);

        assertThat(found.persons()).isEmpty();
        assertThat(found.spans())
                .extracting(s -> text.substring(s.start(), s.end()))
                .contains("<#C123|general>", "<https://acme.com|Acme deck>", "bob@acme.com", "<!here>");
    }

    @Test
    void findsNothingInPlainText() {
        assertThat(mentions.extract("visited Acme today").persons()).isEmpty();
        assertThat(mentions.extract("").spans()).isEmpty();
    }
}
