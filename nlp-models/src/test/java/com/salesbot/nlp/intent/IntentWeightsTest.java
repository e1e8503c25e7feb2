package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.ParsedMessage.ScoredIntent;
import com.salesbot.nlp.text.ChatTokenizer;
import com.salesbot.nlp.train.CorpusExample;
import com.salesbot.nlp.train.CorpusReader;
import com.salesbot.nlp.train.TrainCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flat weight table gives OpenNLP's own probabilities, to the bit, on every corpus message. */
class IntentWeightsTest {
    private static DoccatModel model;

    @BeforeAll
    static void loadTheBundledModel() throws IOException {
        try (InputStream in = IntentClassifier.class.getResourceAsStream(IntentClassifier.MODEL_RESOURCE)) {
            model = new DoccatModel(in);
        }
    }

    @Test
    void everyCorpusMessageGetsTheProbabilitiesOpenNlpsCategoriserGives() throws IOException {
        IntentWeights weights = IntentWeights.of(model.getMaxentModel()).orElseThrow();
        DocumentCategorizerME reference = new DocumentCategorizerME(model);
        List<String> messages = corpusMessages();
        assertThat(messages).hasSizeGreaterThan(10_000);
        for (String message : messages) {
            ChatTokenizer.Tokenized tokenized = ChatTokenizer.analyse(message);
            List<String> features = new ArrayList<>();
            for (var generator : model.getFactory().getFeatureGenerators()) {
                features.addAll(
                        generator.extractFeatures(tokenized.tokens(), NameFeatures.extraInformation(tokenized)));
            }
            double[] expected = reference.categorize(tokenized.tokens(), NameFeatures.extraInformation(tokenized));
            assertThat(Arrays.equals(weights.eval(features), expected))
                    .as(message)
                    .isTrue();
        }
    }

    @Test
    void theClassifierLooksUpTheRowsOfTheGeneratorsStringsInTheirOrder() throws IOException {
        IntentClassifier classifier = IntentClassifier.bundled().orElseThrow();
        IntentWeights weights = IntentWeights.of(model.getMaxentModel()).orElseThrow();
        for (String message : corpusMessages()) {
            // as written and as reps type it, so Latin words of every case are in
            for (String text : List.of(message, message.toLowerCase(Locale.ROOT))) {
                ChatTokenizer.Tokenized tokenized = ChatTokenizer.analyse(text);
                int[] expected = classifier.features(tokenized).stream()
                        .mapToInt(weights::row)
                        .toArray();
                assertThat(classifier.rows(tokenized, weights).rows()).as(text).containsExactly(expected);
            }
        }
    }

    @Test
    void theClassifierRanksOpenNlpsProbabilitiesBestFirstTiesInModelOrder() throws IOException {
        IntentClassifier classifier = IntentClassifier.bundled().orElseThrow();
        DocumentCategorizerME reference = new DocumentCategorizerME(model);
        for (String message : corpusMessages().subList(0, 3_000)) {
            ChatTokenizer.Tokenized tokenized = ChatTokenizer.analyse(message);
            double[] p = reference.categorize(tokenized.tokens(), NameFeatures.extraInformation(tokenized));
            List<ScoredIntent> expected = new ArrayList<>();
            for (int i = 0; i < p.length; i++) {
                expected.add(new ScoredIntent(Intent.fromWireName(reference.getCategory(i)), p[i]));
            }
            expected.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
            assertThat(classifier.classify(message)).as(message).containsExactlyElementsOf(expected);
        }
    }

    private static List<String> corpusMessages() throws IOException {
        Path corpus = Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : Path.of("nlp-models", "corpus");
        List<String> messages = new ArrayList<>();
        for (String set : List.of("train", "heldout")) {
            for (CorpusExample example : CorpusReader.read(TrainCommand.jsonlFiles(corpus.resolve(set)))) {
                messages.add(example.text());
            }
        }
        return messages;
    }
}
