package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageShapeFeaturesTest {
    private final MessageShapeFeatures shape = new MessageShapeFeatures();

    @Test
    void theFirstWordsTheLastWordAndALengthBucketAreFeatures() {
        assertThat(shape.extractFeatures(new String[] {"reminding", "me", "please"}, Map.of()))
                .containsExactly("len=3", "f1=remind", "f2=remind_me", "l1=pleas");
    }

    @Test
    void aOneWordMessageEndsRightAfterItsFirstWord() {
        assertThat(shape.extractFeatures(new String[] {"undo"}, Map.of()))
                .containsExactly("len=1", "f1=undo", "f2=undo_$", "l1=undo");
    }

    @Test
    void anEmptyMessageHasOnlyItsLength() {
        assertThat(shape.extractFeatures(new String[0], Map.of())).containsExactly("len=0");
    }

    @Test
    void longMessagesShareABucket() {
        assertThat(MessageShapeFeatures.bucket(5)).isEqualTo("4-6");
        assertThat(MessageShapeFeatures.bucket(40)).isEqualTo(MessageShapeFeatures.bucket(400));
    }
}
