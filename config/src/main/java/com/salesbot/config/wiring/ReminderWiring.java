package com.salesbot.config.wiring;

import com.salesbot.adapter.console.ConsoleOutboundChat;
import com.salesbot.adapter.console.MutableClock;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.people.Directory;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.reminder.Scheduler;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder scheduler, fed by every platform's outbound chat, and the thread that ticks it. */
@Configuration(proxyBeanMethods = false)
public class ReminderWiring {

    /** The console's deliveries; Slack and Discord contribute their own beans when their tokens are set. */
    @Bean
    ConsoleOutboundChat consoleOutboundChat() {
        return new ConsoleOutboundChat();
    }

    @Bean
    Scheduler reminderScheduler(
            ReminderStore reminders,
            Directory directory,
            List<OutboundChat> chats,
            Messages messages,
            MutableClock clock,
            ReminderProperties properties) {
        // Unique per process, so a claim shows which instance holds it.
        String worker = ManagementFactory.getRuntimeMXBean().getName();
        return new Scheduler(reminders, directory, chats, messages, clock, properties.settings(), worker);
    }

    @Bean(destroyMethod = "close")
    ReminderTicker reminderTicker(Scheduler scheduler, ReminderProperties reminders, SalesbotProperties properties) {
        boolean clockStandsStill =
                properties.clock().now() != null && !properties.clock().now().isBlank();
        if (!reminders.ticker() || clockStandsStill) {
            return ReminderTicker.off();
        }
        return ReminderTicker.start(scheduler, reminders.tick());
    }
}
