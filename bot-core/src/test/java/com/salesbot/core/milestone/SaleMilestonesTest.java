package com.salesbot.core.milestone;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Intent;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SaleMilestonesTest {
    private final TestWorld world =
            TestWorld.builder().milestones(RecognitionSettings.defaults()).build();
    private final Period november = Period.monthOf(TestWorld.TODAY);

    private Reply sell(String text, String customer, int amount) {
        return world.tell(world.alice(), text, Intent.LOG_SALE, entities("customer", customer, "amount", amount));
    }

    @Test
    void theTeamsFirstSaleOfTheMonthIsCelebratedPubliclyOnce() {
        Reply first = sell("closed 5k with Globex", "Globex", 5000);
        Reply second = sell("closed 1k with Acme", "Acme", 1000);

        assertThat(first.text()).endsWith("\n🎉 First sale of 2026-11 for the team: Alice with Globex!");
        assertThat(second.text()).doesNotContain("🎉");
        assertThat(world.announced())
                .extracting(Reply::text)
                .containsExactly("🎉 First sale of 2026-11 for the team: Alice with Globex!");
    }

    @Test
    void aRepsFirstSaleOfTheMonthIsNotTheTeamsFirstWhenATeammateSoldBefore() {
        world.tell(
                world.bob(),
                "closed 2k with Initech",
                Intent.LOG_SALE,
                entities("customer", "Initech", "amount", 2000));

        Reply alicesFirst = sell("closed 5k with Globex", "Globex", 5000);

        assertThat(alicesFirst.text()).doesNotContain("First sale");
        assertThat(world.announced())
                .extracting(Reply::text)
                .containsExactly("🎉 First sale of 2026-11 for the team: Bob with Initech!");
    }

    @Test
    void aSaleLoggedInTheRecognitionChannelItselfIsCelebratedThereOnlyOnce() {
        TestWorld inChannel = TestWorld.builder()
                .milestones(RecognitionSettings.defaults())
                .recognitionChannel("CKUDOS")
                .build();
        String text = "closed 5k with Globex";
        inChannel.parser().on(text, Intent.LOG_SALE, entities("customer", "Globex", "amount", 5000));

        Reply confirmation = TestWorld.only(inChannel.deliver(inChannel.messageIn("CKUDOS", inChannel.alice(), text)));

        assertThat(confirmation.text()).endsWith("🎉 First sale of 2026-11 for the team: Alice with Globex!");
        assertThat(inChannel.announced()).isEmpty();
    }

    @Test
    void crossingTheTargetIsCelebratedOnceEvenWhenTheSaleIsUndoneAndRedone() {
        world.recordSale(world.bob(), "Initech", "100", LocalDate.of(2026, 11, 2)); // not the first sale any more
        world.recordTarget(world.alice(), Metric.SALES, november, "10000");

        Reply below = sell("closed 6k with Globex", "Globex", 6000);
        Reply crossing = sell("closed 5k with Acme", "Acme", 5000);
        world.tell(world.alice(), "undo", Intent.UNDO);
        Reply redone = sell("closed 5k with Acme again", "Acme", 5000);

        assertThat(below.text()).doesNotContain("🎯");
        assertThat(crossing.text())
                .endsWith("\n🎯 Alice reached 110% of their sales target for 2026-11-01 to 2026-11-30!");
        assertThat(redone.text()).doesNotContain("🎯");
        assertThat(world.announced())
                .extracting(Reply::text)
                .filteredOn(t -> t.startsWith("🎯"))
                .hasSize(1);
    }

    @Test
    void aRetriedDeliveryOfTheTriggeringSaleCelebratesNothingMore() {
        world.recordSale(world.bob(), "Initech", "100", LocalDate.of(2026, 11, 2));
        world.recordTarget(world.alice(), Metric.SALES, november, "1000");
        String text = "closed 2k with Globex";
        world.parser().on(text, Intent.LOG_SALE, entities("customer", "Globex", "amount", 2000));
        ChatMessage message = world.message(world.alice(), text);

        world.deliver(message);
        List<Reply> retry = world.deliver(message);

        assertThat(retry).isEmpty();
        assertThat(world.announced()).hasSize(1);
    }

    @Test
    void beatingTheBestOfTheLastTwelveMonthsIsAPersonalBestOncePerMonth() {
        world.recordSale(world.bob(), "Initech", "100", LocalDate.of(2026, 11, 2));
        world.recordSale(world.alice(), "Globex", "8000", LocalDate.of(2026, 9, 10));
        world.recordSale(world.alice(), "Globex", "3000", LocalDate.of(2026, 10, 10));

        Reply equal = sell("closed 8k", "Acme", 8000);
        Reply beating = sell("closed 1k", "Acme", 1000);
        Reply again = sell("closed 1k more", "Acme", 1000);

        assertThat(equal.text()).doesNotContain("🚀");
        assertThat(beating.text())
                .endsWith("\n🚀 Personal best: Alice has sold $9,000 in 2026-11, beating their best month of $8,000!");
        assertThat(again.text()).doesNotContain("🚀");
    }

    @Test
    void aBackDatedSaleIsJudgedInItsOwnMonthWhileTheAnswerTotalsTheCurrentOne() {
        world.recordSale(world.bob(), "Initech", "100", LocalDate.of(2026, 10, 1));
        world.recordSale(world.alice(), "Globex", "2000", LocalDate.of(2026, 9, 10));
        world.recordSale(world.alice(), "Globex", "1000", LocalDate.of(2026, 10, 5));
        world.recordSale(world.alice(), "Initech", "500", LocalDate.of(2026, 11, 2));

        Reply reply = world.tell(
                world.alice(),
                "closed 1.5k with Acme on Oct 20",
                Intent.LOG_SALE,
                entities("customer", "Acme", "amount", 1500, "when", LocalDate.of(2026, 10, 20)));

        assertThat(reply.text())
                .contains("Your sales this month: $500, deals: 1.")
                .endsWith("\n🚀 Personal best: Alice has sold $2,500 in 2026-10, beating their best month of $2,000!");
    }

    @Test
    void aFirstMonthOfSellingIsNotAPersonalBest() {
        world.recordSale(world.bob(), "Initech", "100", LocalDate.of(2026, 11, 2));

        assertThat(sell("closed 8k", "Acme", 8000).text()).doesNotContain("🚀");
    }

    @Test
    void aTeamHidingFiguresCelebratesAPersonalBestWithoutAmounts() {
        TestWorld hidden = TestWorld.builder()
                .milestones(new RecognitionSettings(Set.of(TestWorld.TEAM_ID)))
                .build();
        hidden.recordSale(hidden.bob(), "Initech", "100", LocalDate.of(2026, 11, 2));
        hidden.recordSale(hidden.alice(), "Globex", "1000", LocalDate.of(2026, 10, 10));

        Reply reply =
                hidden.tell(hidden.alice(), "closed 2k", Intent.LOG_SALE, entities("customer", "Acme", "amount", 2000));

        assertThat(reply.text()).endsWith("🚀 Personal best: Alice just had their best month ever in 2026-11!");
        assertThat(hidden.announced()).extracting(Reply::text).noneMatch(t -> t.contains("$"));
    }

    @Test
    void milestonesAreAnnouncedInTheRepsLanguage() {
        Reply reply = world.tell(world.bob(), "和华为签了5千", Intent.LOG_SALE, entities("customer", "华为", "amount", 5000));

        assertThat(reply.text()).endsWith("🎉 团队 2026-11 首单：Bob 签下 华为！");
    }
}
