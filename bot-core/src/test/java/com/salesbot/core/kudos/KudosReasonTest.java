package com.salesbot.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KudosReasonTest {
    @Test
    void dropsTheCueWordMentionsAndForInEnglish() {
        assertThat(KudosReason.from("kudos @alice for landing Initech!", List.of("alice")))
                .isEqualTo("landing Initech");
        assertThat(KudosReason.from(
                        "kudos <@U024BE7LH|alice> and <@U0G9QF9C6> for the demo", List.of("U024BE7LH", "U0G9QF9C6")))
                .isEqualTo("the demo");
        assertThat(KudosReason.from("Big thanks to Alice for covering my calls.", List.of("Alice")))
                .isEqualTo("covering my calls");
    }

    @Test
    void dropsTheCueWordAndMentionInChinese() {
        assertThat(KudosReason.from("感谢 @王磊 帮我搞定报价", List.of("王磊"))).isEqualTo("帮我搞定报价");
        assertThat(KudosReason.from("谢谢 <@80351110224678912> 帮我搞定报价！", List.of("80351110224678912")))
                .isEqualTo("帮我搞定报价");
    }

    @Test
    void aMessageWithNoReasonGivesAnEmptyOne() {
        assertThat(KudosReason.from("kudos @bob!", List.of("bob"))).isEmpty();
        assertThat(KudosReason.from("给 @王磊 点赞", List.of("王磊"))).isEmpty();
    }
}
