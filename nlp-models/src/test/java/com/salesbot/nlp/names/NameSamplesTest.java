package com.salesbot.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesbot.nlp.train.CorpusExample;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;

class NameSamplesTest {
    private static CorpusExample example(String text, String entitiesJson) throws Exception {
        return new CorpusExample(text, "log_visit", null, new ObjectMapper().readTree(entitiesJson), null, null);
    }

    @Test
    void labelledNamesBecomeTypedSpansOverTheTokens() throws Exception {
        NameSample sample = NameSamples.of(example(
                        "visited Acme Corp, met the CTO", "{\"customer\":\"Acme Corp\",\"contact\":\"the CTO\"}"))
                .orElseThrow();

        assertThat(sample.getNames())
                .extracting(s -> s.getType() + ":" + s.getStart() + "-" + s.getEnd())
                .containsExactlyInAnyOrder("customer:1-3", "contact:5-7");
    }

    @Test
    void aNameThatIsNotOnTokenBoundariesSkipsTheExample() throws Exception {
        assertThat(NameSamples.of(example("visited Acmeville", "{\"customer\":\"Acme\"}")))
                .isEmpty();
    }
}
