package com.salesbot.adapter.slack.chat;

import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.engine.ConversationEngine;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one Slack message to the core after Slack has been acknowledged: database writes and Web API
 * calls take longer than Slack's three seconds, so they run on the worker pool. A failure is logged
 * and never reaches Bolt, which keeps serving.
 */
final class SlackConversation {
    private static final Logger LOG = LoggerFactory.getLogger(SlackConversation.class);

    private final ConversationEngine engine;
    private final FirstContact firstContact;
    private final Executor workers;

    SlackConversation(ConversationEngine engine, FirstContact firstContact, Executor workers) {
        this.engine = engine;
        this.firstContact = firstContact;
        this.workers = workers;
    }

    /** Answers on a worker thread; returns at once so the caller can acknowledge Slack. */
    void answerLater(Origin origin, Answer answer) {
        later(() -> answerNow(origin, answer));
    }

    /** Runs other slow work for an interaction (opening the form) on the worker pool. */
    void later(Runnable work) {
        try {
            workers.execute(() -> {
                try {
                    work.run();
                } catch (DeliveryFailedException e) {
                    LOG.warn("Slack call failed, nothing shown to the user: {}", e.getMessage());
                } catch (RuntimeException e) {
                    LOG.error("Slack work failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack request dropped: the bot is shutting down");
        }
    }

    private void answerNow(Origin origin, Answer answer) {
        try {
            String name = firstContact.introduce(origin, LanguageDetector.detect(origin.text()));
            List<Reply> replies = engine.handle(origin.toMessage(name));
            for (Reply reply : replies) {
                answer.send(reply);
            }
        } catch (DeliveryFailedException e) {
            LOG.warn("Could not deliver a reply in Slack channel {}: {}", origin.channel(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Could not answer a Slack message in channel {}", origin.channel(), e);
        }
    }
}
