package com.salesbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slash commands become the free-text messages the NLU reads. */
class SlashCommandTextTest {

    @Test
    void theCommandWordIsPutInFrontOfTextThatDoesNotSayIt() {
        assertThat(SlashCommandText.toMessage("/sale", "Globex 12k")).isEqualTo("sale Globex 12k");
        assertThat(SlashCommandText.toMessage("/visit", "Acme today, met the CTO"))
                .isEqualTo("visit Acme today, met the CTO");
        assertThat(SlashCommandText.toMessage("/remind", "to call Acme at 9")).isEqualTo("remind me to call Acme at 9");
    }

    @Test
    void textThatAlreadySaysWhatItIsPassesUnchanged() {
        assertThat(SlashCommandText.toMessage("/sale", "和华为技术签了5万元")).isEqualTo("和华为技术签了5万元");
        assertThat(SlashCommandText.toMessage("/visit", "今天拜访了华为技术")).isEqualTo("今天拜访了华为技术");
        assertThat(SlashCommandText.toMessage("/target", "set alice's target to 50k this month"))
                .isEqualTo("set alice's target to 50k this month");
    }

    @Test
    void aCommandWithoutTextAsksForItsDefault() {
        assertThat(SlashCommandText.toMessage("/target", "")).isEqualTo("my target");
        assertThat(SlashCommandText.toMessage("/ranking", "  ")).isEqualTo("ranking");
        assertThat(SlashCommandText.toMessage("/salesbot", null)).isEqualTo("help");
    }

    @Test
    void salesbotPassesAnyTextAsItIs() {
        assertThat(SlashCommandText.toMessage("/salesbot", "add bob to my team"))
                .isEqualTo("add bob to my team");
    }
}
