package com.salesbot.core.feedback;

import com.salesbot.core.conversation.DirectMessages;
import com.salesbot.core.fakes.InMemoryFeedbackStore;
import com.salesbot.core.fakes.LateDirectory;
import com.salesbot.core.fakes.RecordingOutboundChat;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.i18n.Messages;
import java.util.List;

/** A {@link TestWorld} with the feedback skills, their store, and what managers were sent. */
final class FeedbackWorld {
    final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
    final RecordingOutboundChat outbound = new RecordingOutboundChat(TestWorld.PLATFORM);
    TestWorld world;

    FeedbackWorld() {
        LateDirectory people = new LateDirectory(() -> world.directory());
        world = TestWorld.builder()
                .extraSkill(
                        new SendFeedbackSkill(feedback, people, new DirectMessages(List.of(outbound)), Messages.load()))
                .extraSkill(new ListFeedbackSkill(feedback, people))
                .build();
    }
}
