package com.salesbot.core.reminder;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ListAndCancelRemindersSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void listsEachReminderWithItsNextOccurrenceSoonestFirst() {
        weeklyReview();
        callAcme();

        Reply reply = world.tell(world.alice(), "what reminders do I have?", Intent.LIST_REMINDERS);

        assertThat(reply.text()).isEqualTo("""
                Your reminders (times in Asia/Shanghai):
                1. Sat 2026-11-28 15:00 — call Acme
                2. Mon 2026-11-30 09:00 — the pipeline review · repeats every Monday \
                · agenda 15 minutes before · for the team (4 people) · from Carol""");
    }

    @Test
    void listsInChineseAndSaysWhenThereAreNone() {
        assertThat(world.tell(world.bob(), "我的提醒", Intent.LIST_REMINDERS).text())
                .startsWith("你还没有提醒。");
        weeklyReview();

        assertThat(world.tell(world.bob(), "我的提醒", Intent.LIST_REMINDERS).text())
                .isEqualTo("""
                        你的提醒（时间为 Asia/Shanghai）：
                        1. 2026-11-30 周一 09:00 — the pipeline review · 重复：每周一 · 会前 15 分钟发议程 · 提醒 整个团队（4 人） · 来自 Carol""");
    }

    @Test
    void cancellingWithoutSayingWhichOffersTheRemindersAsChoices() {
        callAcme();

        Reply reply = world.tell(world.alice(), "cancel a reminder", Intent.CANCEL_REMINDER);

        assertThat(reply.text()).startsWith("Which reminder should I cancel?");
        Block.Choices choices = (Block.Choices) reply.blocks().get(0);
        assertThat(choices.choices()).hasSize(1);
        assertThat(choices.choices().get(0).label()).isEqualTo("1. Sat 2026-11-28 15:00 call Acme");
        String value = choices.choices().get(0).value();
        assertThat(value).matches("cancel reminder #\\d{12}");

        Reply done = world.tell(world.alice(), value, Intent.CANCEL_REMINDER);

        assertThat(done.text()).isEqualTo("Cancelled the reminder \"call Acme\". It will not come again.");
        assertThat(world.reminders().all().get(0).status()).isEqualTo(Reminder.Status.CANCELLED);
        assertThat(world.tell(world.alice(), "cancel a reminder", Intent.CANCEL_REMINDER)
                        .text())
                .isEqualTo("You have no reminders to cancel.");
    }

    @Test
    void cancelsByItsNumberInTheListInChinese() {
        world.tell(
                world.bob(),
                "明天下午三点提醒我给美的打电话",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDateTime.of(2026, 11, 28, 15, 0)));

        Reply reply = world.tell(world.bob(), "取消第1个提醒", Intent.CANCEL_REMINDER);

        assertThat(reply.text()).isEqualTo("已取消提醒“给美的打电话”，之后不会再提醒。");
    }

    @Test
    void onlyTheOneWhoSetAReminderCanCancelIt() {
        weeklyReview();

        Reply reply = world.tell(world.alice(), "cancel reminder 1", Intent.CANCEL_REMINDER);

        assertThat(reply.text()).isEqualTo("Carol set that reminder; only they can cancel it. Nothing was changed.");
        assertThat(world.reminders().all().get(0).status()).isEqualTo(Reminder.Status.ACTIVE);
    }

    @Test
    void offersOnlyTheRemindersTheSpeakerSetKeepingTheirNumbersFromTheList() {
        weeklyReview();
        world.tell(
                world.alice(),
                "remind me on Tuesday at 9am to call Acme",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDateTime.of(2026, 12, 1, 9, 0)));

        Reply reply = world.tell(world.alice(), "cancel a reminder", Intent.CANCEL_REMINDER);

        assertThat(reply.text()).endsWith("\n2. Tue 2026-12-01 09:00 — call Acme");
        assertThat(((Block.Choices) reply.blocks().get(0)).choices()).hasSize(1);
        assertThat(world.tell(world.carol(), "cancel a reminder", Intent.CANCEL_REMINDER)
                        .text())
                .contains("1. Mon 2026-11-30 09:00 — the pipeline review");
    }

    @Test
    void aNumberNotInTheListChangesNothing() {
        callAcme();

        assertThat(world.tell(world.alice(), "cancel reminder 5", Intent.CANCEL_REMINDER)
                        .text())
                .startsWith("I can't find that reminder among yours");
    }

    private void callAcme() {
        world.tell(
                world.alice(),
                "remind me tomorrow at 3pm to call Acme",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDateTime.of(2026, 11, 28, 15, 0)));
    }

    private void weeklyReview() {
        world.tell(
                world.carol(),
                "remind the team about the pipeline review every Monday at 9am",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));
    }
}
