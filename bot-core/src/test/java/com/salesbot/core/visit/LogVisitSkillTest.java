package com.salesbot.core.visit;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.InMemoryReminderStore;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.StoreUnavailableException;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.reminder.FollowUpReminders;
import com.salesbot.core.skill.SkillContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LogVisitSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void logsVisitAndEchoesCustomerName() {
        String text = "log visit Acme Corp, met the CTO, demo went well, follow up next Tuesday";
        Reply reply = world.tell(
                world.alice(),
                text,
                Intent.LOG_VISIT,
                entities("customer", "Acme Corp", "contact", "the CTO", "follow_up", LocalDate.of(2026, 12, 1)));

        assertThat(reply.text())
                .isEqualTo("Logged your visit to Acme Corp on 2026-11-27. Met: the CTO. Follow-up: 2026-12-01."
                        + " Visits this week: 1.");
        assertThat(undoChoice(reply)).isEqualTo(new Block.Choice("Undo", "undo"));
        Visit stored = world.visits().all().get(0);
        assertThat(stored.rep()).isEqualTo(world.alice().id());
        assertThat(stored.teamId()).isEqualTo("west");
        assertThat(stored.customer()).isEqualTo("Acme Corp");
        assertThat(stored.contact()).isEqualTo("the CTO");
        assertThat(stored.date()).isEqualTo(TODAY);
        assertThat(stored.followUp()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(stored.potential()).isNull();
        assertThat(stored.notes()).isEqualTo(text);
        assertThat(stored.source().author()).isEqualTo(world.alice().id());
    }

    @Test
    void logsVisitInChinese() {
        Reply reply = world.tell(
                world.bob(),
                "今天拜访了华为技术,王经理对方案很感兴趣,下周三再跟进",
                Intent.LOG_VISIT,
                entities("customer", "华为技术", "contact", "王经理", "when", TODAY, "follow_up", LocalDate.of(2026, 12, 2)));

        assertThat(reply.text()).isEqualTo("已记录你在 2026-11-27 拜访 华为技术。见到：王经理。跟进：2026-12-02。本周拜访：1 次。");
        assertThat(undoChoice(reply).label()).isEqualTo("撤销");
        assertThat(world.visits().all()).singleElement().satisfies(v -> {
            assertThat(v.customer()).isEqualTo("华为技术");
            assertThat(v.rep()).isEqualTo(world.bob().id());
        });
    }

    @Test
    void visitDateDefaultsToTodayAndAPastDateIsKept() {
        world.tell(world.alice(), "visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        Reply past = world.tell(
                world.alice(),
                "visited Globex last Monday",
                Intent.LOG_VISIT,
                entities("customer", "Globex", "when", LocalDate.of(2026, 11, 23)));

        assertThat(world.visits().all()).extracting(Visit::date).containsExactly(TODAY, LocalDate.of(2026, 11, 23));
        assertThat(past.text()).contains("Globex on 2026-11-23");
    }

    @Test
    void weekCountIncludesOnlyThisWeeksVisits() {
        world.recordVisit(world.alice(), "Initech", LocalDate.of(2026, 11, 23)); // Monday, this week
        world.recordVisit(world.alice(), "Initech", LocalDate.of(2026, 11, 22)); // Sunday, last week
        world.recordVisit(world.bob(), "Initech", TODAY); // someone else's

        Reply reply = world.tell(world.alice(), "visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));

        assertThat(reply.text()).endsWith("Visits this week: 2.");
    }

    @Test
    void potentialDealSizeIsConvertedToTeamCurrency() {
        Reply reply = world.tell(
                world.bob(),
                "拜访了美的,有个5万的机会",
                Intent.LOG_VISIT,
                entities("customer", "美的", "amount", 50000, "currency", "CNY"));

        assertThat(reply.text()).contains("潜在金额：$7,000。");
        assertThat(world.visits().all().get(0).potential()).isEqualTo(Money.of("7000.00", "USD"));
    }

    @Test
    void futureVisitDateIsRefusedAndNothingWritten() {
        Reply en = world.tell(
                world.alice(),
                "visited Acme tomorrow",
                Intent.LOG_VISIT,
                entities("customer", "Acme", "when", TODAY.plusDays(1)));
        Reply zh = world.tell(
                world.bob(), "明天拜访了华为", Intent.LOG_VISIT, entities("customer", "华为", "when", TODAY.plusDays(1)));

        assertThat(en.text())
                .isEqualTo("2026-11-28 is in the future, so I can't log a visit on it yet. Did you mean a follow-up?");
        assertThat(zh.text()).isEqualTo("2026-11-28 还没到，不能记录那天的拜访。你是想设置跟进吗？");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void followUpBeforeTheVisitIsRefused() {
        Reply reply = world.tell(
                world.alice(),
                "visited Acme, follow up yesterday",
                Intent.LOG_VISIT,
                entities("customer", "Acme", "follow_up", TODAY.minusDays(1)));

        assertThat(reply.text())
                .isEqualTo("The follow-up date 2026-11-26 is before the visit. Please check the dates.");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void negativePotentialOrUnknownCurrencyWritesNothing() {
        Reply negative = world.tell(
                world.alice(),
                "visited Acme, -5k deal",
                Intent.LOG_VISIT,
                entities("customer", "Acme", "amount", -5000));
        Reply euros = world.tell(
                world.bob(),
                "拜访了西门子,有个1万欧元的机会",
                Intent.LOG_VISIT,
                entities("customer", "西门子", "amount", 10000, "currency", "EUR"));

        assertThat(negative.text()).startsWith("The amount -5000 doesn't look right.");
        assertThat(euros.text()).startsWith("没有配置 EUR 兑 USD 的汇率");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void missingCustomerIsAskedForAndNothingWritten() {
        Reply en = world.tell(world.alice(), "log a visit", Intent.LOG_VISIT);
        Reply zh = world.tell(world.bob(), "记录一次拜访", Intent.LOG_VISIT, entities("customer", "  "));

        assertThat(en.text()).isEqualTo("Which customer did you visit? For example: \"visited Acme today\".");
        assertThat(zh.text()).isEqualTo("你拜访的是哪个客户？例如：“今天拜访了华为技术”。");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void customerNameIsEchoedVerbatimEvenWithBraces() {
        Reply reply = world.tell(world.alice(), "visited {1} Labs", Intent.LOG_VISIT, entities("customer", "{1} Labs"));

        assertThat(reply.text()).startsWith("Logged your visit to {1} Labs on 2026-11-27.");
    }

    @Test
    void sameMessageDeliveredTwiceIsLoggedOnce() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        var message = world.message(world.alice(), "visited Acme");

        assertThat(world.deliver(message)).hasSize(1);
        assertThat(world.deliver(message)).isEmpty();
        assertThat(world.visits().all()).hasSize(1);
    }

    @Test
    void sameSourceHandledTwiceSaysAlreadySaved() {
        SkillContext en = world.context(world.alice(), "visited Acme", entities("customer", "Acme"));
        SkillContext zh = world.context(world.bob(), "拜访了华为", entities("customer", "华为"));
        var skill = world.skill(Intent.LOG_VISIT);

        skill.handle(en);
        skill.handle(zh);

        assertThat(skill.handle(en).text()).isEqualTo("Already got that one: it is saved once, nothing changed.");
        assertThat(skill.handle(zh).text()).isEqualTo("这条已经收到了，只保存一次，没有重复记录。");
        assertThat(world.visits().all()).hasSize(2);
    }

    private static Block.Choice undoChoice(Reply reply) {
        List<Block.Choice> choices = reply.blocks().stream()
                .filter(Block.Choices.class::isInstance)
                .map(Block.Choices.class::cast)
                .flatMap(c -> c.choices().stream())
                .toList();
        assertThat(choices).hasSize(1);
        return choices.get(0);
    }

    @Test
    void aVisitWhoseRunningCountCannotBeReadIsStillConfirmedAsSaved() {
        AtomicReference<TestWorld> late = new AtomicReference<>();
        VisitStore readsFail = (VisitStore) Proxy.newProxyInstance(
                VisitStore.class.getClassLoader(), new Class<?>[] {VisitStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("countFor")) {
                        throw new StoreUnavailableException("the database went away after the write (test)", null);
                    }
                    try {
                        return method.invoke(late.get().visits(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        TestWorld world = TestWorld.builder()
                .extraSkill(new LogVisitSkill(
                        readsFail,
                        new FollowUpReminders(new InMemoryReminderStore(), Messages.load(), Clock.systemUTC())))
                .build();
        late.set(world);

        Reply reply =
                world.tell(world.alice(), "visited Acme Corp", Intent.LOG_VISIT, entities("customer", "Acme Corp"));

        assertThat(reply.text())
                .startsWith("Logged your visit to Acme Corp on 2026-11-27.")
                .endsWith("Your running totals could not be read just now; the entry itself is saved.");
        assertThat(world.visits().all())
                .singleElement()
                .satisfies(v -> assertThat(v.customer()).isEqualTo("Acme Corp"));
    }
}
