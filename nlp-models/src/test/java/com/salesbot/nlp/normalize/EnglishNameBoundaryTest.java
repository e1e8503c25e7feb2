package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishNameBoundaryTest {

    @Test
    void dropsACapitalisedLeadingVerbAndItsArticle() {
        assertThat(EnglishNameBoundary.repair("Sold Oceanic Airlines 200 headsets", "Sold Oceanic Airlines"))
                .isEqualTo("Oceanic Airlines");
        assertThat(EnglishNameBoundary.repair("Kill the Virtucon opportunity, it's dead", "Kill the Virtucon"))
                .isEqualTo("Virtucon");
    }

    @Test
    void keepsANameThatStartsTheMessageWithoutAVerb() {
        assertThat(EnglishNameBoundary.repair("Globex Corp signed today", "Globex Corp"))
                .isEqualTo("Globex Corp");
        assertThat(EnglishNameBoundary.repair("met Sold Out Events today", "Sold Out Events"))
                .isEqualTo("Sold Out Events");
    }

    @Test
    void endsAtAPossessiveAndTrailingPunctuation() {
        assertThat(EnglishNameBoundary.repair("demo'd to Black Mesa's research team", "Black Mesa's research"))
                .isEqualTo("Black Mesa");
        assertThat(EnglishNameBoundary.repair("met Bernadette (lab director)", "Bernadette ("))
                .isEqualTo("Bernadette");
    }

    @Test
    void continuesOverHyphensAndWebDomains() {
        assertThat(EnglishNameBoundary.repair("walkthrough at Kwik-E-Mart done", "Kwik"))
                .isEqualTo("Kwik-E-Mart");
        assertThat(EnglishNameBoundary.repair("renewing with Monday.com, not us", "Monday"))
                .isEqualTo("Monday.com");
    }
}
