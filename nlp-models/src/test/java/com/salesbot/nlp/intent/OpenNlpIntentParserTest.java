package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.nlp.Nlu;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled parser end to end: classifier, name finder, patterns and the edge repairs between them. */
class OpenNlpIntentParserTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    private final IntentParser parser = Nlu.defaultParser();

    @Test
    void aCapitalisedLeadingVerbIsNotPartOfTheCustomer() {
        ParsedMessage parsed = parser.parse("Flag Kwik-E-Mart as lost, they picked a cheaper vendor", NOW);

        assertThat(parsed.intent()).isEqualTo(Intent.UPDATE_DEAL);
        assertThat(parsed.entities().customer()).contains("Kwik-E-Mart");
        assertThat(parsed.entities().text(Entities.STAGE)).contains("lost");
    }

    @Test
    void aNameIsNotBothTheCustomerAndThePersonMet() {
        ParsedMessage parsed = parser.parse("met Acme, follow up Friday", NOW);

        assertThat(parsed.entities().customer()).contains("Acme");
        assertThat(parsed.entities().contact()).isEmpty();
    }

    @Test
    void aChineseCompanyNameIsCutWhereItsCompanyWordEnds() {
        ParsedMessage parsed = parser.parse("在蓝海齿科碰到易销宝的销售了,攻得很猛", NOW);

        assertThat(parsed.intent()).isEqualTo(Intent.LOG_COMPETITOR);
        assertThat(parsed.entities().customer()).contains("蓝海齿科");
    }

    @Test
    void aRivalNamedAloneIsNotAlsoTheCustomer() {
        ParsedMessage parsed = parser.parse("Veeva just poached a big account from us", NOW);

        assertThat(parsed.entities().text(Entities.COMPETITOR)).contains("Veeva");
        assertThat(parsed.entities().customer()).isEmpty();
    }

    @Test
    void aWebDomainStaysPartOfTheName() {
        ParsedMessage parsed = parser.parse("Monsters Inc is renewing with Monday.com, not us", NOW);

        assertThat(parsed.entities().text(Entities.COMPETITOR)).contains("Monday.com");
    }

    @Test
    void aCommonWordIsNotTakenForTheCustomer() {
        ParsedMessage parsed = parser.parse("pull up everything we have on Ashford Dental Group", NOW);

        assertThat(parsed.entities().customer()).isNotEqualTo(Optional.of("everything"));
    }
}
