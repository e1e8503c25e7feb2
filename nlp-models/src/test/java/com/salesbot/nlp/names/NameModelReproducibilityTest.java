package com.salesbot.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.train.CorpusExample;
import com.salesbot.nlp.train.CorpusReader;
import com.salesbot.nlp.train.TrainCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled name finder is what {@link TrainCommand} makes from the committed corpora: retrained
 * here, it finds the same names in every held-out message.
 */
class NameModelReproducibilityTest {
    private static NameFinder retrained;
    private static NameFinder bundled;
    private static List<CorpusExample> heldout;

    @BeforeAll
    static void retrainFromTheCorpora() throws IOException {
        Path corpus = Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : Path.of("nlp-models", "corpus");
        List<CorpusExample> training = CorpusReader.read(TrainCommand.jsonlFiles(corpus.resolve("train")));
        retrained = new NameFinder(new NameFinderTrainer().train(training));
        bundled = NameFinder.bundled().orElseThrow(() -> new AssertionError("no bundled name model"));
        heldout = CorpusReader.read(TrainCommand.jsonlFiles(corpus.resolve("heldout")));
    }

    @Test
    void theRetrainedModelFindsTheSameNamesAsTheBundledOne() {
        for (CorpusExample example : heldout) {
            assertThat(retrained.find(example.text())).as(example.text()).isEqualTo(bundled.find(example.text()));
        }
    }

    @Test
    void namesAreCutFromTheTextAsWritten() {
        assertThat(bundled.find("今天拜访了华为技术，见了王经理").values())
                .allSatisfy(name -> assertThat(name).doesNotContain(" "));
    }
}
