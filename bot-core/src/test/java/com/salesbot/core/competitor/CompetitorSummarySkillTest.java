package com.salesbot.core.competitor;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CompetitorSummarySkillTest {
    private final TestWorld world = TestWorld.create();

    private void note(Person who, String text, String competitor, String customer) {
        Entities e = customer == null
                ? entities("competitor", competitor)
                : entities("competitor", competitor, "customer", customer);
        world.tell(who, text, Intent.LOG_COMPETITOR, e);
        world.advance(Duration.ofMinutes(1));
    }

    private void seed() {
        note(world.alice(), "BetaSoft offered Acme 20% off", "BetaSoft", "Acme");
        note(world.bob(), "betasoft demoed at Globex", "betasoft", "Globex");
        note(world.alice(), "BetaSoft again at Acme: free onboarding", "BetaSoft", "Acme");
        note(world.bob(), "金蝶最近在降价", "金蝶", null);
    }

    @Test
    void aManagerSeesTheTeamsNotesByCompetitorAndCustomerMostActiveFirst() {
        seed();

        Reply reply = world.tell(
                world.carol(),
                "what are competitors doing this month?",
                Intent.COMPETITOR_SUMMARY,
                entities("period", Period.monthOf(TODAY)));

        assertThat(reply.text()).isEqualTo("""
                        Competitor notes, 2026-11-01 to 2026-11-30: 4.
                        • BetaSoft — notes: 3; at Acme (2), Globex (1). Latest (2026-11-27, Alice): "BetaSoft again at Acme: free onboarding"
                        • 金蝶 — notes: 1; at no customer (1). Latest (2026-11-27, Bob): "金蝶最近在降价\"""");
    }

    @Test
    void aRepSeesOnlyTheirOwnNotesInChinese() {
        seed();

        Reply reply = world.tell(world.bob(), "这个月竞品有什么动静", Intent.COMPETITOR_SUMMARY);

        assertThat(reply.text()).startsWith("竞品情报（2026-11-01 至 2026-11-30）：共 2 条（仅你自己的记录）。");
        assertThat(reply.text()).contains("• betasoft — 1 条：Globex（1）").doesNotContain("Acme");
    }

    @Test
    void anotherTeamsNotesStayWithThatTeam() {
        world.addTeam("east", "East", "USD");
        Person erin = world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);
        note(erin, "BetaSoft at Initech", "BetaSoft", "Initech");

        Reply reply = world.tell(world.carol(), "competitor summary", Intent.COMPETITOR_SUMMARY);

        assertThat(reply.text()).isEqualTo("No competitor notes from 2026-11-01 to 2026-11-30.");
    }
}
