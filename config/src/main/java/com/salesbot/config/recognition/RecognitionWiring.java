package com.salesbot.config.recognition;

import com.salesbot.adapter.charts.XChartRenderer;
import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.core.chart.ChartRenderer;
import com.salesbot.core.commission.CommissionPlan;
import com.salesbot.core.commission.CommissionPlans;
import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.kudos.KudosSettings;
import java.util.HashMap;
import java.util.Map;
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
}
