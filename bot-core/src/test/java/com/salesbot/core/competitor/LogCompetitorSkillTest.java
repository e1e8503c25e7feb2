package com.salesbot.core.competitor;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogCompetitorSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void storesTheNoteWithCompetitorCustomerAndTextAndOffersUndo() {
        Reply reply = world.tell(
                world.alice(),
                "BetaSoft is offering 20% discount at Acme",
                Intent.LOG_COMPETITOR,
                entities("competitor", "BetaSoft", "customer", "Acme"));

        assertThat(reply.text()).isEqualTo("Noted about BetaSoft at Acme. Your competitor notes this month: 1.");
        assertThat(reply.blocks()).hasSize(1);
        CompetitorNote note = world.competitorNotes().all().get(0);
        assertThat(note.text()).isEqualTo("BetaSoft is offering 20% discount at Acme");
        assertThat(note.date()).isEqualTo(TODAY);
        assertThat(note.author()).isEqualTo(world.alice().id());
    }

    @Test
    void aNoteWithoutACustomerIsFineInChinese() {
        Reply reply = world.tell(world.bob(), "金蝶最近在降价", Intent.LOG_COMPETITOR, entities("competitor", "金蝶"));

        assertThat(reply.text()).isEqualTo("已记录关于 金蝶 的情报。你本月的竞品情报：1 条。");
    }

    @Test
    void withoutACompetitorTheBotAsksForOne() {
        Reply reply = world.tell(world.alice(), "they cut prices at Acme", Intent.LOG_COMPETITOR, Entities.none());

        assertThat(reply.text()).isEqualTo("Which competitor? For example: \"BetaSoft is offering Acme 20% off\".");
        assertThat(world.competitorNotes().all()).isEmpty();
    }

    @Test
    void aRetriedMessageIsStoredOnceAndUndoTakesItBack() {
        SkillContext ctx = world.context(world.alice(), "BetaSoft at Acme", entities("competitor", "BetaSoft"));
        Skill skill = world.skill(Intent.LOG_COMPETITOR);
        skill.handle(ctx);

        assertThat(skill.handle(ctx).text()).isEqualTo("Already got that one: it is saved once, nothing changed.");
        world.advance(Duration.ofMinutes(1));
        Reply undone = world.tell(world.alice(), "undo", Intent.UNDO);

        assertThat(undone.text()).isEqualTo("Undone: your competitor note (BetaSoft). It no longer counts.");
        assertThat(world.competitorNotes()
                        .inPeriod(
                                com.salesbot.core.customer.RecordScope.all(),
                                com.salesbot.core.kernel.Period.monthOf(TODAY)))
                .isEmpty();
    }
}
