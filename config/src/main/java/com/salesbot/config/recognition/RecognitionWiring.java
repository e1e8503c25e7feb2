package com.salesbot.config.recognition;

import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.kudos.KudosSettings;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Kudos caps and the recognition channel per team, from {@code salesbot.recognition} and {@code salesbot.teams[]}. */
@Configuration(proxyBeanMethods = false)
public class RecognitionWiring {

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
}
