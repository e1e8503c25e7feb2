package com.salesbot.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

class SendFeedbackSkillTest {
    private final FeedbackWorld fb = new FeedbackWorld();

    @Test
    void namedFeedbackReachesTheManagerWithTheSendersName() {
        String reply = fb.world
                .tell(fb.world.alice(), "feedback: the Friday call runs too long", Intent.SEND_FEEDBACK)
                .text();

        assertThat(reply).isEqualTo("Thanks, your feedback went to your manager.");
        assertThat(fb.outbound.sent())
                .containsExactly("slack:TWEST/UCAROL: Feedback from Alice: the Friday call runs too long");
        assertThat(fb.feedback.all().get(0).from()).isEqualTo(fb.world.alice().id());
    }

    @Test
    void anonymousFeedbackKeepsNoLinkToTheSender() {
        String reply = fb.world
                .tell(fb.world.bob(), "匿名反馈：周五的电话会太长了", Intent.SEND_FEEDBACK)
                .text();

        assertThat(reply).isEqualTo("谢谢，你的反馈已匿名发给经理。");
        assertThat(fb.outbound.sent())
                .containsExactly("slack:TWEST/UCAROL: Anonymous feedback from your team: 周五的电话会太长了");
        Feedback stored = fb.feedback.all().get(0);
        assertThat(stored.from()).isNull();
        assertThat(stored.teamId()).isEqualTo(TestWorld.TEAM_ID);
        assertThat(stored.day()).isEqualTo(TestWorld.TODAY);
    }

    @Test
    void anonymousFeedbackFromTheOnlyRepOfATeamDoesNotKeepTheTeam() {
        fb.world.addTeam("solo", "Solo", "USD");
        var erin = fb.world.addPerson("erin", "Erin", Role.REP, "solo", com.salesbot.core.kernel.Lang.EN);

        fb.world.tell(erin, "anonymous feedback: too many meetings", Intent.SEND_FEEDBACK);

        assertThat(fb.feedback.all().get(0).teamId()).isNull();
    }
}
