package com.salesbot.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

class ListFeedbackSkillTest {
    private final FeedbackWorld fb = new FeedbackWorld();

    @Test
    void theManagerReadsThisMonthsFeedbackWithAnonymousOnesUnnamed() {
        fb.world.tell(fb.world.alice(), "feedback: more demo units please", Intent.SEND_FEEDBACK);
        fb.world.tell(fb.world.bob(), "匿名反馈：指标太高", Intent.SEND_FEEDBACK);

        String reply = fb.world
                .tell(fb.world.carol(), "show this month's feedback", Intent.LIST_FEEDBACK)
                .text();

        assertThat(reply).isEqualTo("""
                        Feedback from 2026-11-01 to 2026-11-30 (2):
                        2026-11-27 · Alice: more demo units please
                        2026-11-27 · anonymous: 指标太高""");
    }

    @Test
    void aRepMayNotReadFeedback() {
        String reply = fb.world
                .tell(fb.world.alice(), "show this month's feedback", Intent.LIST_FEEDBACK)
                .text();

        assertThat(reply).isEqualTo("Sorry, only a manager can do that.");
    }
}
