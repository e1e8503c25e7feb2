package com.salesbot.core.deal;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpdateDealSkillTest {
    private final TestWorld world = TestWorld.create();

    private Reply move(String text, String customer, String stage) {
        return world.tell(world.alice(), text, Intent.UPDATE_DEAL, entities("customer", customer, "stage", stage));
    }

    @Test
    void theFirstMoveStartsTheDealAtThatStageAndOffersUndo() {
        Reply reply = move("Acme Corp is a new lead", "Acme Corp", "lead");

        assertThat(reply.text()).isEqualTo("Started your deal with Acme Corp at lead.");
        assertThat(reply.blocks()).hasSize(1);
        Deal deal = world.deals().all().get(0);
        assertThat(deal.owner()).isEqualTo(world.alice().id());
        assertThat(deal.stage()).contains(DealStage.LEAD);
    }

    @Test
    void aMoveSaysHowLongTheDealSatInItsStageAndKeepsTheTimeInEachStage() {
        move("Acme Corp is a new lead", "Acme Corp", "lead");
        world.advance(Duration.ofDays(3));
        move("acme qualified", "acme", "qualified");
        world.advance(Duration.ofDays(2));

        Reply reply = move("move Acme Corp to proposal, 50k", "Acme Corp", "proposal");

        assertThat(reply.text()).isEqualTo("Moved your Acme Corp deal to proposal (it was in qualified for 2 days).");
        Deal deal = world.deals().all().get(0);
        assertThat(world.deals().all()).hasSize(1);
        assertThat(deal.timeInStages(world.clock().instant().plus(Duration.ofDays(1))))
                .containsEntry(DealStage.LEAD, Duration.ofDays(3))
                .containsEntry(DealStage.QUALIFIED, Duration.ofDays(2))
                .containsEntry(DealStage.PROPOSAL, Duration.ofDays(1));
    }

    @Test
    void anAmountIsKeptInTheTeamCurrency() {
        Reply reply = world.tell(
                world.alice(),
                "Acme Corp deal to proposal, 50k yuan",
                Intent.UPDATE_DEAL,
                entities("customer", "Acme Corp", "stage", "proposal", "amount", 50000, "currency", "CNY"));

        assertThat(reply.text()).isEqualTo("Started your deal with Acme Corp at proposal. Amount: $7,000.");
        assertThat(world.deals().all().get(0).amount()).contains(Money.of("7000.00", "USD"));
    }

    @Test
    void aRetriedMessageMovesTheDealOnlyOnce() {
        SkillContext ctx = world.context(
                world.alice(), "move Acme to negotiation", entities("customer", "Acme", "stage", "negotiation"));
        Skill skill = world.skill(Intent.UPDATE_DEAL);

        skill.handle(ctx);
        Reply again = skill.handle(ctx);

        assertThat(again.text()).isEqualTo("Already got that one: it is saved once, nothing changed.");
        assertThat(world.deals().all().get(0).history()).hasSize(1);
    }

    @Test
    void undoTakesTheMoveBackToThePreviousStage() {
        move("Acme Corp is a new lead", "Acme Corp", "lead");
        world.advance(Duration.ofMinutes(5));
        move("mark Acme Corp as lost", "Acme Corp", "lost");

        Reply undone = world.tell(world.alice(), "undo", Intent.UNDO);

        assertThat(undone.text()).isEqualTo("Undone: your deal move (Acme Corp → lost). It no longer counts.");
        assertThat(world.deals().all().get(0).stage()).contains(DealStage.LEAD);
    }

    @Test
    void aRepMovesOnlyTheirOwnDealWithACustomer() {
        move("Acme Corp is a new lead", "Acme Corp", "lead");

        world.tell(
                world.bob(), "Acme Corp 改成赢单", Intent.UPDATE_DEAL, entities("customer", "Acme Corp", "stage", "won"));

        assertThat(world.deals().ownedBy(world.alice().id()).get(0).stage()).contains(DealStage.LEAD);
        assertThat(world.deals().ownedBy(world.bob().id()).get(0).stage()).contains(DealStage.WON);
    }

    @Test
    void aTypoOrASuffixFindsTheExistingDealAndChineseGetsAChineseReply() {
        world.tell(world.bob(), "华为技术有限公司 新线索", Intent.UPDATE_DEAL, entities("customer", "华为技术有限公司", "stage", "lead"));

        Reply reply =
                world.tell(world.bob(), "华为技术改成赢单", Intent.UPDATE_DEAL, entities("customer", "华为技术", "stage", "won"));

        assertThat(reply.text()).isEqualTo("已把你和 华为技术有限公司 的商机推进到赢单（在线索阶段停留了 不到一小时）。");
        assertThat(world.deals().all()).hasSize(1);
    }

    @Test
    void anAmbiguousNameIsOfferedAsChoicesAndNothingIsSaved() {
        move("Acme Labs lead", "Acme Labs", "lead");
        move("Acme Lab lead", "Acme Lab", "lead");
        world.recordVisit(world.alice(), "Acme Lbs", TestWorld.TODAY);

        Reply reply = move("move acme lbas to proposal", "acme lbas", "proposal");

        assertThat(reply.text()).isEqualTo("Which customer do you mean by \"acme lbas\"? Pick one:");
        assertThat(((Block.Choices) reply.blocks().get(0)).choices())
                .extracting(Block.Choice::value)
                .contains("move Acme Labs to proposal");
        assertThat(world.deals().all()).allMatch(d -> d.stage().orElseThrow() == DealStage.LEAD);
    }

    @Test
    void anUnknownStageIsRefused() {
        Reply reply = move("Acme to heaven", "Acme", "heaven");

        assertThat(reply.text()).startsWith("I don't know the stage \"heaven\".");
        assertThat(world.deals().all()).isEmpty();
    }
}
