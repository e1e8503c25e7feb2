package com.salesbot.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.train.CorpusExample;
import com.salesbot.nlp.train.CorpusReader;
import com.salesbot.nlp.train.TrainCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The faster search and features decide exactly as OpenNLP's own do, probabilities included. */
class SharedContextBeamSearchTest {
    private static TokenNameFinderModel bundled;
    private static List<String> messages;

    @BeforeAll
    static void loadTheModelAndEveryCorpusMessage() throws IOException {
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            bundled = new TokenNameFinderModel(in);
        }
        Path corpus = Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : Path.of("nlp-models", "corpus");
        messages = new ArrayList<>();
        for (String set : List.of("train", "heldout")) {
            for (CorpusExample example : CorpusReader.read(TrainCommand.jsonlFiles(corpus.resolve(set)))) {
                messages.add(example.text());
            }
        }
    }

    @Test
    void everyCorpusMessageGetsTheSameNamesAndProbabilitiesAsWithOpenNlpsSearch() {
        NameFinderME reference = new NameFinderME(bundled);
        NameFinderME shared = new NameFinderME(SharedContextBeamSearch.around(bundled));
        assertThat(messages).hasSizeGreaterThan(10_000);
        for (String message : messages) {
            String[] tokens = SpanTokenizer.texts(SpanTokenizer.tokenize(message));
            assertThat(shared.find(tokens)).as(message).containsExactly(reference.find(tokens));
            assertThat(shared.probs()).as(message).containsExactly(reference.probs());
            reference.clearAdaptiveData();
            shared.clearAdaptiveData();
        }
    }

    @Test
    void aFinderThatRemembersEarlierDecisionsStillAgreesWithOpenNlp() {
        // without clearAdaptiveData, each message's decisions feed the next one's pd= features
        NameFinderME reference = new NameFinderME(bundled);
        NameFinderME shared = new NameFinderME(SharedContextBeamSearch.around(bundled));
        for (String message : messages.subList(0, 2_000)) {
            String[] tokens = SpanTokenizer.texts(SpanTokenizer.tokenize(message));
            assertThat(shared.find(tokens)).as(message).containsExactly(reference.find(tokens));
            assertThat(shared.probs()).as(message).containsExactly(reference.probs());
        }
    }

    @Test
    void theBundledModelIsSearchedTheSharedWayWithFeaturesComputedOncePerToken() {
        TokenNameFinderModel faster = SharedContextBeamSearch.around(bundled);
        assertThat(faster.getNameFinderSequenceModel()).isInstanceOf(SharedContextBeamSearch.class);
        assertThat(faster.getFactory()).isInstanceOf(MemoizedNameFeatures.class);
        // so the search can look each token's window features up once per token
        assertThat(faster.getFactory().createContextGenerator()).isInstanceOf(SplitNameContext.class);
    }
}
