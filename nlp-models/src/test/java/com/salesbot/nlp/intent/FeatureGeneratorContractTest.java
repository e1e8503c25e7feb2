package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.train.IntentTrainer;
import java.lang.reflect.Modifier;
import opennlp.tools.doccat.FeatureGenerator;
import org.junit.jupiter.api.Test;

/** OpenNLP re-creates feature generators from their class name alone when it loads a model. */
class FeatureGeneratorContractTest {
    @Test
    void everyGeneratorOfTheModelIsATopLevelPublicClassWithAPublicNoArgConstructor() throws Exception {
        for (FeatureGenerator generator : IntentTrainer.defaultFeatures()) {
            Class<?> type = generator.getClass();
            assertThat(type.getEnclosingClass()).as(type.getName()).isNull();
            assertThat(Modifier.isPublic(type.getModifiers()))
                    .as(type.getName())
                    .isTrue();
            assertThat(type.getConstructor().newInstance()).isInstanceOf(FeatureGenerator.class);
        }
    }
}
