package com.salesbot.adapter.slack.webapi;

import com.salesbot.core.conversation.DeliveryFailedException;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack Web API calls with Slack's retry rules: a 429 waits as long as its Retry-After says, a 5xx or a
 * network error is tried again shortly, anything else fails at once. Every failure is logged with the
 * method and Slack's error code, and surfaces as {@link DeliveryFailedException}, never as a crash.
 */
public final class WebApi {
    private static final Logger LOG = LoggerFactory.getLogger(WebApi.class);

    /** Longest wait Slack may ask for before we give up instead of holding a worker thread. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private static final Duration NETWORK_RETRY = Duration.ofMillis(500);

    /** One Web API method call on a client. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient client) throws IOException, SlackApiException;
    }

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final MethodsClient client;
    private final Sleeper sleeper;
    private final int maxAttempts;

    public WebApi(MethodsClient client, Sleeper sleeper, int maxAttempts) {
        this.client = client;
        this.sleeper = sleeper;
        this.maxAttempts = maxAttempts;
    }

    /** Four attempts, really sleeping between them. */
    public static WebApi of(MethodsClient client) {
        return new WebApi(client, d -> Thread.sleep(d.toMillis()), 4);
    }

    /**
     * Calls {@code method} and returns Slack's answer when it is {@code ok}.
     *
     * @throws DeliveryFailedException when Slack answered with an error or the retries ran out
     */
    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                T response = call.on(client);
                if (response.isOk()) {
                    if (response.getWarning() != null) {
                        LOG.debug("Slack {} warned: {}", method, response.getWarning());
                    }
                    return response;
                }
                String error = response.getError();
                LOG.warn("Slack {} failed: {}{}", method, error, hint(error));
                throw new DeliveryFailedException("Slack " + method + " failed: " + error);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429) {
                    wait = retryAfter(e);
                    if (wait.compareTo(MAX_RETRY_AFTER) > 0) {
                        LOG.warn(
                                "Slack {} rate limited for {} s, longer than we wait; giving up",
                                method,
                                wait.toSeconds());
                        throw new DeliveryFailedException("Slack " + method + " rate limited", e);
                    }
                    LOG.info(
                            "Slack {} rate limited (429), retrying in {} s (attempt {}/{})",
                            method,
                            wait.toSeconds(),
                            attempt,
                            maxAttempts);
                } else if (status >= 500) {
                    wait = NETWORK_RETRY.multipliedBy(attempt);
                    LOG.warn(
                            "Slack {} answered HTTP {}, retrying (attempt {}/{})",
                            method,
                            status,
                            attempt,
                            maxAttempts);
                } else {
                    String error = e.getError() != null ? e.getError().getError() : "HTTP " + status;
                    LOG.warn("Slack {} failed: {}{}", method, error, hint(error));
                    throw new DeliveryFailedException("Slack " + method + " failed: " + error, e);
                }
            } catch (IOException e) {
                wait = NETWORK_RETRY.multipliedBy(attempt);
                LOG.warn(
                        "Slack {} unreachable ({}: {}), retrying (attempt {}/{})",
                        method,
                        e.getClass().getSimpleName(),
                        e.getMessage(),
                        attempt,
                        maxAttempts);
                if (attempt >= maxAttempts) {
                    throw new DeliveryFailedException("Slack " + method + " unreachable: " + e.getMessage(), e);
                }
            }
            if (attempt >= maxAttempts) {
                LOG.warn("Slack {} still failing after {} attempts; giving up", method, maxAttempts);
                throw new DeliveryFailedException("Slack " + method + " failed after " + maxAttempts + " attempts");
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryFailedException("interrupted while waiting to retry Slack " + method, e);
            }
        }
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(header == null ? 1 : Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }

    /** What an operator should do about the common errors. */
    private static String hint(String error) {
        if (error == null) {
            return "";
        }
        return switch (error) {
            case "channel_not_found" -> " (the channel does not exist or the bot cannot see it)";
            case "not_in_channel" -> " (invite the bot to the channel first)";
            case "invalid_auth", "not_authed", "token_revoked", "account_inactive" -> " (check SLACK_BOT_TOKEN)";
            case "missing_scope" -> " (add the scope in the app's manifest and reinstall)";
            default -> "";
        };
    }
}
