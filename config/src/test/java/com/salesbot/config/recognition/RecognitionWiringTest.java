package com.salesbot.config.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.core.commission.CommissionPlan;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kudos.KudosReaction;
import com.salesbot.core.milestone.ShoutOutSchedule;
import com.salesbot.core.milestone.ShoutOutSchedules;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RecognitionWiringTest {
    @Test
    void aPlanFromYamlKeepsItsTiersBonusesAndCurrency() {
        CommissionPlan plan = RecognitionWiring.plan(
                "sales",
                new SalesbotProperties.CommissionSeed(
                        new BigDecimal("3"),
                        "CNY",
                        true,
                        List.of(new SalesbotProperties.TierSeed(new BigDecimal("100"), new BigDecimal("5"))),
                        List.of(new SalesbotProperties.BonusSeed(new BigDecimal("100"), new BigDecimal("500")))));

        assertThat(plan.currency()).isEqualTo("CNY");
        assertThat(plan.convert()).isTrue();
        assertThat(plan.tiers()).containsExactly(new CommissionPlan.Tier(new BigDecimal("100"), new BigDecimal("5")));
        assertThat(plan.bonuses()).hasSize(1);
    }

    @Test
    void aBrokenPlanStopsStartUpNamingTheTeam() {
        assertThatThrownBy(() -> RecognitionWiring.plan(
                        "east", new SalesbotProperties.CommissionSeed(new BigDecimal("300"), null, null, null, null)))
                .hasMessageContaining("salesbot.teams[east].commission is not a valid plan");
        assertThatThrownBy(() -> RecognitionWiring.plan(
                        "east", new SalesbotProperties.CommissionSeed(null, null, null, null, null)))
                .hasMessageContaining("base-percent is required");
    }

    /** Binds properties the way application.yml is bound, kebab-case keys included. */
    private static SalesbotProperties bind(Map<String, String> yaml) {
        return new Binder(new MapConfigurationPropertySource(yaml))
                .bind("salesbot", SalesbotProperties.class)
                .get();
    }

    private static Map<String, String> twoTeams(Map<String, String> more) {
        Map<String, String> yaml = new HashMap<>(Map.of(
                "salesbot.teams[0].id", "west",
                "salesbot.teams[0].name", "West",
                "salesbot.teams[0].currency", "USD",
                "salesbot.teams[1].id", "east",
                "salesbot.teams[1].name", "East",
                "salesbot.teams[1].currency", "CNY"));
        yaml.putAll(more);
        return yaml;
    }

    @Test
    void eachTeamsShoutOutScheduleIsItsOwnFieldsOverTheSharedOnesOverTheDefaults() {
        SalesbotProperties properties = bind(twoTeams(Map.of(
                "salesbot.recognition.shout-outs.weekly-at", "15:30",
                "salesbot.teams[0].recognition.shout-outs.weekly-day", "thursday",
                "salesbot.teams[0].recognition.shout-outs.monthly-at", "10:00",
                "salesbot.teams[0].recognition.shout-outs.metrics[0]", "kudos",
                "salesbot.teams[0].recognition.shout-outs.metrics[1]", "visits",
                "salesbot.teams[0].recognition.shout-outs.top", "5")));

        ShoutOutSchedules schedules = new RecognitionWiring().shoutOutSchedules(properties);

        assertThat(schedules.forTeam("west"))
                .isEqualTo(new ShoutOutSchedule(
                        DayOfWeek.THURSDAY,
                        LocalTime.of(15, 30),
                        LocalTime.of(10, 0),
                        List.of(Metric.KUDOS, Metric.VISITS),
                        5));
        assertThat(schedules.forTeam("east"))
                .isEqualTo(new ShoutOutSchedule(
                        DayOfWeek.FRIDAY,
                        LocalTime.of(15, 30),
                        LocalTime.of(9, 0),
                        List.of(Metric.SALES, Metric.DEALS, Metric.KUDOS),
                        3));
        assertThat(schedules.forTeam("unlisted")).isEqualTo(schedules.forTeam("east"));
    }

    @Test
    void withNothingConfiguredShoutOutsAreFridayAtFourAndTheFirstWorkdayAtNine() {
        ShoutOutSchedules schedules = new RecognitionWiring().shoutOutSchedules(bind(twoTeams(Map.of())));

        assertThat(schedules.forTeam("west")).isEqualTo(ShoutOutSchedule.defaults());
        assertThat(ShoutOutSchedule.defaults().weeklyDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(ShoutOutSchedule.defaults().weeklyAt()).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    void aMistypedScheduleStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new RecognitionWiring()
                        .shoutOutSchedules(bind(
                                twoTeams(Map.of("salesbot.teams[1].recognition.shout-outs.metrics[0]", "revenue")))))
                .hasMessageContaining("salesbot.teams[east].recognition.shout-outs")
                .hasMessageContaining("unknown metric revenue");
        assertThatThrownBy(() -> new RecognitionWiring()
                        .shoutOutSchedules(bind(twoTeams(Map.of("salesbot.recognition.shout-outs.weekly-day", "Fri")))))
                .hasMessageContaining("salesbot.recognition.shout-outs is not a valid shout-out schedule");
    }

    @Test
    void theKudosReactionIsTheTrophyUnlessConfigured() {
        assertThat(new RecognitionWiring().kudosReaction(bind(twoTeams(Map.of()))))
                .isEqualTo(new KudosReaction("🏆", "trophy"));
        KudosReaction clap = new RecognitionWiring()
                .kudosReaction(bind(twoTeams(Map.of(
                        "salesbot.recognition.kudos-reaction", "👏",
                        "salesbot.recognition.kudos-reaction-slack", ":clap:"))));
        assertThat(clap.matches("slack", "clap")).isTrue();
        assertThat(clap.matches("discord", "👏")).isTrue();
        assertThat(clap.matches("discord", "🏆")).isFalse();
    }
}
