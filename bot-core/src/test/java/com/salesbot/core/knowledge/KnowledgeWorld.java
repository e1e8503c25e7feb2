package com.salesbot.core.knowledge;

import com.salesbot.core.conversation.DirectMessages;
import com.salesbot.core.fakes.InMemoryKnowledge;
import com.salesbot.core.fakes.LateDirectory;
import com.salesbot.core.fakes.RecordingOutboundChat;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import java.util.ArrayList;
import java.util.List;

/** A {@link TestWorld} with the knowledge skills on in-memory ports, and the direct messages they sent. */
final class KnowledgeWorld {
    final InMemoryKnowledge knowledge = new InMemoryKnowledge();
    final RecordingOutboundChat outbound = new RecordingOutboundChat(TestWorld.PLATFORM);
    final List<KnowledgeEntry> files = new ArrayList<>();
    final KnowledgeBase base = new KnowledgeBase(knowledge, knowledge, () -> List.copyOf(files));
    TestWorld world;

    KnowledgeWorld() {
        Messages messages = Messages.load();
        DirectMessages direct = new DirectMessages(List.of(outbound));
        LateDirectory people = new LateDirectory(() -> world.directory());
        world = TestWorld.builder()
                .extraSkill(new AskKnowledgeSkill(base, 0.5))
                .extraSkill(new AddKnowledgeSkill(base))
                .extraSkill(new EditKnowledgeSkill(base))
                .extraSkill(new RemoveKnowledgeSkill(base))
                .extraSkill(new ReloadKnowledgeSkill(base))
                .extraSkill(new ForwardQuestionSkill(knowledge, people, direct, messages))
                .extraSkill(new AnswerQuestionSkill(knowledge, people, direct, messages))
                .extraSkill(new SaveAnswerSkill(knowledge, base))
                .build();
    }

    static KnowledgeEntry entry(String id, String team, String title, String body, Lang lang) {
        return new KnowledgeEntry(id, team, title, body, List.of(), lang, "carol", "chat");
    }
}
