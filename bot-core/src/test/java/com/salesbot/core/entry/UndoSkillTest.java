package com.salesbot.core.entry;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UndoSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void takesBackOnlyTheSendersOwnLatestEntry() {
        world.tell(world.alice(), "visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        world.advance(Duration.ofMinutes(1));
        world.tell(
                world.alice(),
                "closed 12.5k with Globex",
                Intent.LOG_SALE,
                entities("customer", "Globex", "amount", 12500));
        world.advance(Duration.ofMinutes(1));
        world.tell(world.bob(), "visited Initech", Intent.LOG_VISIT, entities("customer", "Initech"));
        world.advance(Duration.ofMinutes(1));

        Reply reply = world.tell(world.alice(), "undo", Intent.UNDO);

        assertThat(reply.text()).isEqualTo("Undone: your sale (Globex, $12,500). It no longer counts.");
        assertThat(world.sales().live()).isEmpty();
        assertThat(world.visits().live()).extracting(Visit::customer).containsExactlyInAnyOrder("Acme", "Initech");
    }

    @Test
    void undoesInChinese() {
        world.tell(
                world.bob(),
                "和华为签了5万",
                Intent.LOG_SALE,
                entities("customer", "华为", "amount", 50000, "currency", "CNY"));

        Reply reply = world.tell(world.bob(), "撤销", Intent.UNDO);

        assertThat(reply.text()).isEqualTo("已撤销你的成交（华为, ¥50,000），不再计入统计。");
        assertThat(world.sales().live()).isEmpty();
    }

    @Test
    void undoAgainTakesBackTheEntryBeforeThenStops() {
        world.tell(world.alice(), "visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        world.advance(Duration.ofMinutes(5));
        world.tell(world.alice(), "daily report: Acme", Intent.DAILY_REPORT);
        world.advance(Duration.ofMinutes(5));

        Reply first = world.tell(world.alice(), "undo", Intent.UNDO);
        Reply second = world.tell(world.alice(), "undo that too", Intent.UNDO);
        Reply third = world.tell(world.alice(), "undo once more", Intent.UNDO);

        assertThat(first.text()).isEqualTo("Undone: your report (2026-11-27). It no longer counts.");
        assertThat(second.text()).isEqualTo("Undone: your visit (Acme, 2026-11-27). It no longer counts.");
        assertThat(third.text()).isEqualTo("There is nothing of yours from the last 24 hours to undo.");
        assertThat(world.reports().find(world.alice().id(), TODAY)).isEmpty();
        assertThat(world.visits().live()).isEmpty();
    }

    @Test
    void entriesOlderThanADayAreNotTakenBack() {
        world.tell(world.alice(), "visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        world.tell(world.bob(), "拜访了华为", Intent.LOG_VISIT, entities("customer", "华为"));
        world.advance(Duration.ofHours(25));

        Reply en = world.tell(world.alice(), "undo", Intent.UNDO);
        Reply zh = world.tell(world.bob(), "撤销", Intent.UNDO);

        assertThat(en.text()).isEqualTo("There is nothing of yours from the last 24 hours to undo.");
        assertThat(zh.text()).isEqualTo("最近 24 小时内没有你可以撤销的记录。");
        assertThat(world.visits().live()).hasSize(2);
    }

    @Test
    void nobodyCanUndoSomeoneElsesEntry() {
        world.tell(
                world.alice(),
                "closed 5k with Globex",
                Intent.LOG_SALE,
                entities("customer", "Globex", "amount", 5000));

        Reply reply = world.tell(world.carol(), "undo", Intent.UNDO);

        assertThat(reply.text()).isEqualTo("There is nothing of yours from the last 24 hours to undo.");
        assertThat(world.sales().live()).hasSize(1);
    }

    @Test
    void undoneSaleStopsCountingInTheRanking() {
        world.tell(
                world.alice(),
                "closed 12.5k with Globex",
                Intent.LOG_SALE,
                entities("customer", "Globex", "amount", 12500));
        world.tell(world.bob(), "closed 7k with Acme", Intent.LOG_SALE, entities("customer", "Acme", "amount", 7000));
        assertThat(world.tell(world.alice(), "ranking", Intent.TEAM_RANKING).text())
                .contains("1. Alice — $12,500");

        world.tell(world.alice(), "undo", Intent.UNDO);
        Reply after = world.tell(world.alice(), "ranking now", Intent.TEAM_RANKING);

        assertThat(after.text()).contains("1. Bob — $7,000\n2. Alice — $0\n").endsWith("You are #2 of 2.");
        assertThat(world.sales().all()).extracting(Sale::customer).containsExactly("Globex", "Acme");
    }

    @Test
    void aRedeliveredUndoTakesBackOnlyOneEntry() {
        world.tell(world.alice(), "visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        world.advance(Duration.ofMinutes(1));
        world.tell(world.alice(), "visited Globex", Intent.LOG_VISIT, entities("customer", "Globex"));
        world.parser().on("undo", Intent.UNDO, entities());
        var undo = world.message(world.alice(), "undo");

        assertThat(world.deliver(undo)).hasSize(1);
        assertThat(world.deliver(undo)).isEmpty();

        assertThat(world.visits().live()).extracting(Visit::customer).containsExactly("Acme");
    }
}
