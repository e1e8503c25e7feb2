package com.salesbot.core.sale;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SkillContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogSaleSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void logsSaleAndEchoesAmountCustomerAndMonthTotal() {
        Reply reply = world.tell(
                world.alice(),
                "closed $12.5k with Globex today",
                Intent.LOG_SALE,
                entities("customer", "Globex", "amount", 12500, "currency", "USD", "when", TODAY));

        assertThat(reply.text())
                .isEqualTo(
                        "Logged a sale of $12,500 with Globex on 2026-11-27. Your sales this month: $12,500, deals: 1.");
        Sale stored = world.sales().all().get(0);
        assertThat(stored.rep()).isEqualTo(world.alice().id());
        assertThat(stored.customer()).isEqualTo("Globex");
        assertThat(stored.amount()).isEqualTo(Money.of("12500", "USD"));
        assertThat(stored.original()).isEqualTo(Money.of("12500", "USD"));
        assertThat(stored.date()).isEqualTo(TODAY);
        assertThat(reply.blocks()).isNotEmpty();
    }

    @Test
    void amountWithoutCurrencyIsInTeamCurrency() {
        Reply reply = world.tell(
                world.alice(),
                "closed 8k with Initech",
                Intent.LOG_SALE,
                entities("customer", "Initech", "amount", 8000));

        assertThat(reply.text()).startsWith("Logged a sale of $8,000 with Initech");
        assertThat(world.sales().all().get(0).amount()).isEqualTo(Money.of("8000", "USD"));
    }

    @Test
    void yuanAreConvertedAtTheTeamRateAndRepliedInChinese() {
        Reply reply = world.tell(
                world.bob(),
                "和华为签了5万",
                Intent.LOG_SALE,
                entities("customer", "华为", "amount", 50000, "currency", "CNY"));

        assertThat(reply.text()).isEqualTo("已记录成交：华为，¥50,000，日期 2026-11-27。折合团队币种 $7,000。你本月业绩：$7,000，共 1 单。");
        Sale stored = world.sales().all().get(0);
        assertThat(stored.amount()).isEqualTo(Money.of("7000.00", "USD"));
        assertThat(stored.original()).isEqualTo(Money.of("50000", "CNY"));
    }

    @Test
    void monthTotalCountsThisMonthsSalesOnly() {
        world.recordSale(world.alice(), "Acme", "10000", LocalDate.of(2026, 11, 2));
        world.recordSale(world.alice(), "Acme", "99000", LocalDate.of(2026, 10, 31));
        world.recordSale(world.bob(), "Acme", "5000", TODAY);

        Reply reply = world.tell(
                world.alice(),
                "closed 2.5k with Globex",
                Intent.LOG_SALE,
                entities("customer", "Globex", "amount", 2500));

        assertThat(reply.text()).endsWith("Your sales this month: $12,500, deals: 2.");
    }

    @Test
    void currencyWithoutRateIsRefusedAndNothingWritten() {
        Reply en = world.tell(
                world.alice(),
                "closed €10k with Siemens",
                Intent.LOG_SALE,
                entities("customer", "Siemens", "amount", 10000, "currency", "EUR"));
        Reply zh = world.tell(
                world.bob(),
                "和西门子签了1万欧元",
                Intent.LOG_SALE,
                entities("customer", "西门子", "amount", 10000, "currency", "EUR"));

        assertThat(en.text())
                .isEqualTo("I can't convert EUR to USD: no exchange rate is configured, so nothing was saved."
                        + " Please give the amount in USD.");
        assertThat(zh.text()).isEqualTo("没有配置 EUR 兑 USD 的汇率，无法换算，所以没有保存。请用 USD 报金额。");
        assertThat(world.sales().all()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-500", "0", "1e99", "1000000000000"})
    void absurdAmountsAreRefusedAndNothingWritten(String amount) {
        BigDecimal value = new BigDecimal(amount);
        Reply en = world.tell(
                world.alice(),
                "closed " + amount + " with Globex",
                Intent.LOG_SALE,
                entities("customer", "Globex", "amount", value));
        Reply zh = world.tell(
                world.bob(), "和华为签了" + amount + "元", Intent.LOG_SALE, entities("customer", "华为", "amount", value));

        assertThat(en.text())
                .isEqualTo("The amount " + value.toPlainString()
                        + " doesn't look right. Please send a positive amount, e.g. \"12k\" or \"12,500\".");
        assertThat(zh.text()).startsWith("金额 " + value.toPlainString() + " 看起来不对。");
        assertThat(world.sales().all()).isEmpty();
    }

    @Test
    void aFewFenThatRoundToNoCentsAreRefusedInsteadOfCrashing() {
        Reply reply = world.tell(
                world.bob(),
                "和华为签了3分钱",
                Intent.LOG_SALE,
                entities("customer", "华为", "amount", new BigDecimal("0.03"), "currency", "CNY"));

        assertThat(reply.text()).startsWith("金额 0.03 看起来不对。");
        assertThat(world.sales().all()).isEmpty();
    }

    @Test
    void futureSaleDateIsRefused() {
        Reply reply = world.tell(
                world.alice(),
                "closed 5k with Globex tomorrow",
                Intent.LOG_SALE,
                entities("customer", "Globex", "amount", 5000, "when", TODAY.plusDays(1)));

        assertThat(reply.text()).isEqualTo("2026-11-28 is in the future, so I can't log a sale on it yet.");
        assertThat(world.sales().all()).isEmpty();
    }

    @Test
    void missingAmountOrCustomerIsAskedFor() {
        Reply noAmount =
                world.tell(world.alice(), "closed with Globex", Intent.LOG_SALE, entities("customer", "Globex"));
        Reply noCustomer = world.tell(world.bob(), "签了5万", Intent.LOG_SALE, entities("amount", 50000));

        assertThat(noAmount.text()).isEqualTo("How much was the sale? For example: \"closed 12k with Globex\".");
        assertThat(noCustomer.text()).isEqualTo("这单是和哪个客户签的？例如：“和华为签了50万”。");
        assertThat(world.sales().all()).isEmpty();
    }

    @Test
    void duplicateDeliveryWritesOnceAndSaysAlready() {
        world.parser().on("closed 5k with Globex", Intent.LOG_SALE, entities("customer", "Globex", "amount", 5000));
        var message = world.message(world.alice(), "closed 5k with Globex");
        assertThat(world.deliver(message)).hasSize(1);
        assertThat(world.deliver(message)).isEmpty();

        SkillContext again =
                world.context(world.alice(), "closed 6k with Initech", entities("customer", "Initech", "amount", 6000));
        world.skill(Intent.LOG_SALE).handle(again);
        assertThat(world.skill(Intent.LOG_SALE).handle(again).text()).startsWith("Already got that one");

        assertThat(world.sales().all()).hasSize(2);
    }
}
