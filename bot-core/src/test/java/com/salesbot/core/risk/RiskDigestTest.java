package com.salesbot.core.risk;

import static com.salesbot.core.fakes.TestWorld.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskDigestTest {
    private static final String CAROL = "slack:TWEST/UCAROL";

    private final TestWorld world =
            TestWorld.builder().risk(RiskAlertsSkillTest.SETTINGS).build();
    private final RiskDigest digest = new RiskDigest(
            world.reminders(),
            world.directory(),
            world.riskFinder(),
            world.messages(),
            () -> List.of(TestWorld.TEAM_ID));
    private final Scheduler scheduler = new Scheduler(
            world.reminders(),
            world.directory(),
            List.of(world.outbound()),
            world.messages(),
            world.clock(),
            SchedulerSettings.defaults(),
            "test",
            List.of(digest),
            List.of(digest));

    private void advanceTo(LocalDateTime local) {
        scheduler.advanceTo(local.atZone(ZONE).toInstant(), world.clock()::set);
    }

    @Test
    void managersGetTheirTeamsRisksOnMondayMorningAndRepsGetNothing() {
        RiskAlertsSkillTest.seedRisks(world);

        advanceTo(LocalDateTime.of(2026, 11, 30, 9, 0));

        assertThat(world.outbound().sent())
                .singleElement()
                .satisfies(sent -> assertThat(sent)
                        .startsWith(CAROL + ": ⚠️ Weekly risk digest for West (4):\n• Alice is projected")
                        .contains("• Hooli deal (Alice) has been in proposal for 32 days."));
    }

    @Test
    void aWeekWithoutRisksSendsNothingAndPlanningTwiceAddsOneDigest() {
        for (String customer : List.of("Acme Corp", "Globex", "Initech")) {
            world.recordVisit(world.alice(), customer, TestWorld.TODAY);
        }
        scheduler.tick();
        scheduler.tick();

        advanceTo(LocalDateTime.of(2026, 11, 30, 9, 0));

        assertThat(world.outbound().sent()).isEmpty();
        assertThat(world.reminders().all())
                .filteredOn(r -> r.id().startsWith("risk-digest-"))
                .hasSize(1);
    }
}
