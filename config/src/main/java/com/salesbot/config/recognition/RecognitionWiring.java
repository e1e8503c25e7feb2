package com.salesbot.config.recognition;

import com.salesbot.adapter.charts.XChartRenderer;
import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.core.chart.ChartRenderer;
import com.salesbot.core.commission.CommissionPlan;
import com.salesbot.core.commission.CommissionPlans;
import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.ProcessedMessages;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kudos.KudosGiving;
import com.salesbot.core.kudos.KudosReaction;
import com.salesbot.core.kudos.KudosSettings;
import com.salesbot.core.kudos.ReactionKudos;
import com.salesbot.core.kudos.RecognitionStore;
import com.salesbot.core.milestone.CelebrationStore;
import com.salesbot.core.milestone.RecognitionSettings;
import com.salesbot.core.milestone.SaleMilestones;
import com.salesbot.core.milestone.ShoutOutSchedule;
import com.salesbot.core.milestone.ShoutOutSchedules;
import com.salesbot.core.milestone.ShoutOuts;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.people.SpeakerResolver;
import com.salesbot.core.ranking.Scoreboard;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.target.TargetStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Charts, kudos caps, the recognition channel and commission plans per team, from {@code salesbot.recognition}
 * and {@code salesbot.teams[]}.
 */
@Configuration(proxyBeanMethods = false)
public class RecognitionWiring {

    /** Charts drawn headless with XChart (Spring Boot runs headless by default). */
    @Bean
    ChartRenderer chartRenderer() {
        return new XChartRenderer();
    }

    @Bean
    KudosSettings kudosSettings(SalesbotProperties properties) {
        Map<String, Integer> caps = new HashMap<>();
        for (SalesbotProperties.TeamSeed team : properties.teams()) {
            if (team.recognition().kudosDailyCap() != null) {
                caps.put(team.id(), team.recognition().kudosDailyCap());
            }
        }
        return new KudosSettings(properties.recognition().kudosDailyCap(), caps);
    }

    @Bean
    KudosReaction kudosReaction(SalesbotProperties properties) {
        return new KudosReaction(
                properties.recognition().kudosReaction(),
                properties.recognition().kudosReactionSlack());
    }

    /** Kudos by emoji reaction, for the Slack and Discord adapters to hand reactions to. */
    @Bean
    ReactionKudos reactionKudos(
            KudosReaction kudosReaction,
            RecognitionStore recognitions,
            KudosSettings kudosSettings,
            Announcements announcements,
            Directory directory,
            OnboardingPolicy policy,
            ProcessedMessages processed,
            Messages messages,
            Clock clock) {
        return new ReactionKudos(
                kudosReaction,
                new KudosGiving(recognitions, kudosSettings, announcements),
                new SpeakerResolver(directory, policy),
                directory,
                processed,
                messages,
                clock);
    }

    /** Each team's shout-out schedule: its own fields over {@code salesbot.recognition.shout-outs} over the defaults. */
    @Bean
    ShoutOutSchedules shoutOutSchedules(SalesbotProperties properties) {
        ShoutOutSchedule fallback = schedule(
                "salesbot.recognition.shout-outs",
                ShoutOutSchedule.defaults(),
                properties.recognition().shoutOuts());
        Map<String, ShoutOutSchedule> byTeam = new HashMap<>();
        for (SalesbotProperties.TeamSeed team : properties.teams()) {
            byTeam.put(
                    team.id(),
                    schedule(
                            "salesbot.teams[" + team.id() + "].recognition.shout-outs",
                            fallback,
                            team.recognition().shoutOuts()));
        }
        return new ShoutOutSchedules(fallback, byTeam);
    }

    /** {@code base} with the fields the seed sets; a mistake stops start-up with the setting named. */
    static ShoutOutSchedule schedule(String where, ShoutOutSchedule base, SalesbotProperties.ShoutOutSeed seed) {
        try {
            return new ShoutOutSchedule(
                    seed.weeklyDay() == null
                            ? base.weeklyDay()
                            : DayOfWeek.valueOf(seed.weeklyDay().strip().toUpperCase(Locale.ROOT)),
                    seed.weeklyAt() == null
                            ? base.weeklyAt()
                            : LocalTime.parse(seed.weeklyAt().strip()),
                    seed.monthlyAt() == null
                            ? base.monthlyAt()
                            : LocalTime.parse(seed.monthlyAt().strip()),
                    seed.metrics() == null
                            ? base.metrics()
                            : seed.metrics().stream()
                                    .map(RecognitionWiring::metric)
                                    .toList(),
                    seed.top() == null ? base.top() : seed.top());
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + " is not a valid shout-out schedule: " + e.getMessage(), e);
        }
    }

    private static Metric metric(String code) {
        return Metric.fromCode(code.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown metric " + code + " (sales, deals, visits or kudos)"));
    }

    @Bean
    Announcements announcements(SalesbotProperties properties, ObjectProvider<OutboundChat> platforms) {
        Map<String, String> channels = new HashMap<>();
        for (SalesbotProperties.TeamSeed team : properties.teams()) {
            channels.put(team.id(), team.recognition().channel());
        }
        return new ChannelAnnouncements(
                channels, () -> platforms.orderedStream().toList());
    }

    @Bean
    CommissionPlans commissionPlans(SalesbotProperties properties) {
        Map<String, CommissionPlan> plans = new HashMap<>();
        for (SalesbotProperties.TeamSeed team : properties.teams()) {
            if (team.commission() != null) {
                plans.put(team.id(), plan(team.id(), team.commission()));
            }
        }
        return new CommissionPlans(plans);
    }

    /** A plan from YAML; a mistake in it stops start-up with the team named, not a wrong payout later. */
    static CommissionPlan plan(String teamId, SalesbotProperties.CommissionSeed seed) {
        try {
            if (seed.basePercent() == null) {
                throw new IllegalArgumentException("base-percent is required");
            }
            return new CommissionPlan(
                    seed.basePercent(),
                    seed.currency(),
                    seed.convert(),
                    seed.tiers().stream()
                            .map(t -> new CommissionPlan.Tier(t.fromPercentOfTarget(), t.percent()))
                            .toList(),
                    seed.bonuses().stream()
                            .map(b -> new CommissionPlan.Bonus(b.atPercentOfTarget(), b.amount()))
                            .toList());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(
                    "salesbot.teams[" + teamId + "].commission is not a valid plan: " + e.getMessage(), e);
        }
    }

    @Bean
    RecognitionSettings recognitionSettings(SalesbotProperties properties) {
        Set<String> hiding = new HashSet<>();
        for (SalesbotProperties.TeamSeed team : properties.teams()) {
            if (team.recognition().hideFigures()) {
                hiding.add(team.id());
            }
        }
        return new RecognitionSettings(hiding);
    }

    @Bean
    SaleMilestones saleMilestones(
            SaleStore sales,
            TargetStore targets,
            CelebrationStore celebrations,
            Announcements announcements,
            RecognitionSettings settings) {
        return new SaleMilestones(sales, targets, celebrations, announcements, settings);
    }

    /**
     * Shout-outs of top performers, for the scheduler to call with {@code postDue(now)} every minute or
     * so; nothing here runs on a timer.
     */
    @Bean
    ShoutOuts shoutOuts(
            SalesbotProperties properties,
            Directory directory,
            StatsStore stats,
            TargetStore targets,
            CelebrationStore celebrations,
            Announcements announcements,
            RecognitionSettings settings,
            ShoutOutSchedules schedules,
            Messages messages,
            ChartRenderer charts) {
        List<String> teams = new ArrayList<>();
        properties.teams().forEach(t -> teams.add(t.id()));
        if (!teams.contains(properties.workspace().defaultTeam())) {
            teams.add(properties.workspace().defaultTeam());
        }
        return new ShoutOuts(
                teams,
                directory,
                new Scoreboard(stats),
                targets,
                celebrations,
                announcements,
                settings,
                schedules,
                messages,
                charts);
    }
}
