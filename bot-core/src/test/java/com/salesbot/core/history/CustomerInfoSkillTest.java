package com.salesbot.core.history;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustomerInfoSkillTest {
    private final TestWorld world = TestWorld.create();

    private Reply ask(Person who, String text, String customer) {
        return world.tell(who, text, Intent.CUSTOMER_INFO, entities("customer", customer));
    }

    private void visitWithFollowUp(Person rep, String text, String customer, String contact) {
        world.tell(
                rep,
                text,
                Intent.LOG_VISIT,
                entities("customer", customer, "contact", contact, "follow_up", TODAY.plusDays(4)));
    }

    @Test
    void aRepSeesTheirCustomersVisitsContactsSalesDealNextStepsAndOwner() {
        world.recordVisit(world.alice(), "Acme Corp", TODAY.minusDays(10));
        visitWithFollowUp(world.alice(), "visited Acme Corp, met the CTO", "Acme Corp", "the CTO");
        world.recordSale(world.alice(), "ACME corp", "12500", TODAY.minusDays(3));
        world.tell(
                world.alice(),
                "move Acme to negotiation, 50k",
                Intent.UPDATE_DEAL,
                entities("customer", "Acme", "stage", "negotiation", "amount", 50000));

        Reply reply = ask(world.alice(), "tell me about acme corp", "acme corp");

        assertThat(reply.text()).isEqualTo("""
                        Acme Corp — owner: Alice
                        Visits: 2, the last on 2026-11-27 by Alice.
                        Last contact: 2026-11-27.
                        Contacts: the CTO.
                        Sales: 1, $12,500 in total, the last on 2026-11-24.
                        Deal (Alice): negotiation since 2026-11-27, $50,000.
                        Open next steps: 2026-12-01 follow-up (Alice).""");
    }

    @Test
    void aTypoOrSuffixFindsTheCustomerAndChineseGetsAChineseAnswer() {
        world.recordVisit(world.bob(), "华为技术有限公司", TODAY.minusDays(2));

        Reply reply = ask(world.bob(), "华为技朮的情况", "华为技朮");

        assertThat(reply.text()).startsWith("华为技术有限公司 — 负责人：Bob\n拜访：1 次，最近一次 2026-11-25（Bob）。");
        assertThat(reply.text()).contains("没有进行中的商机。");
    }

    @Test
    void aRepAskingAboutAColleaguesCustomerLearnsWhyAndNothingElse() {
        world.recordVisit(world.bob(), "Globex", TODAY.minusDays(2));

        Reply colleagues = ask(world.alice(), "tell me about Globex", "Globex");
        Reply nobodys = ask(world.alice(), "tell me about Nowhere Inc", "Nowhere Inc");

        assertThat(colleagues.text())
                .isEqualTo("I found no customer like \"Globex\" among the customers you visited, sold to or own."
                        + " Reps see only their own customers; your manager sees the team's.");
        assertThat(nobodys.text()).isEqualTo(colleagues.text().replace("Globex", "Nowhere Inc"));
    }

    @Test
    void aManagerSeesEveryRepOfTheTeamButNotOtherTeams() {
        world.recordVisit(world.alice(), "Globex", TODAY.minusDays(5));
        world.recordVisit(world.bob(), "Globex", TODAY.minusDays(1));
        world.addTeam("east", "East", "USD");
        Person erin = world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);
        world.recordVisit(erin, "Globex", TODAY);

        Reply manager = ask(world.carol(), "tell me about Globex", "Globex");
        Reply admin = ask(world.admin(), "tell me about globex", "globex");

        assertThat(manager.text()).startsWith("Globex — owner: Bob\nVisits: 2, the last on 2026-11-26 by Bob.");
        assertThat(admin.text()).startsWith("Globex — owner: Erin\nVisits: 3, the last on 2026-11-27 by Erin.");
    }

    @Test
    void ambiguousNamesAreOfferedAsChoicesThatAskAgain() {
        world.recordVisit(world.alice(), "Acme Labs", TODAY);
        world.recordVisit(world.alice(), "Acme Foods", TODAY);

        Reply reply = ask(world.alice(), "tell me about acme", "acme");

        assertThat(reply.text()).isEqualTo("Several customers look like \"acme\". Which one?");
        assertThat(((Block.Choices) reply.blocks().get(0)).choices())
                .extracting(Block.Choice::value)
                .containsExactlyInAnyOrder("tell me about Acme Labs", "tell me about Acme Foods");
    }

    @Test
    void undoneVisitsAndDealMovesNoLongerShow() {
        visitWithFollowUp(world.alice(), "visited Initech, met Joy", "Initech", "Joy");
        world.advance(Duration.ofMinutes(1));
        world.tell(world.alice(), "undo", Intent.UNDO);
        world.recordSale(world.alice(), "Initech", "100", TODAY);

        Reply reply = ask(world.alice(), "tell me about Initech", "Initech");

        assertThat(reply.text()).contains("No visits logged.").contains("No open next steps.");
    }
}
