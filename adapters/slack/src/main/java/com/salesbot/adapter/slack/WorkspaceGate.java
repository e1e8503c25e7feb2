package com.salesbot.adapter.slack;

import com.google.gson.JsonObject;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.kernel.Lang;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses requests whose workspace ({@code team_id}, or the Enterprise Grid org's {@code enterprise_id})
 * the bot does not serve, before any handler runs. It must run before Bolt's single-team authorization,
 * which overwrites the request's team with the bot token's own and so would make a payload naming any
 * other workspace look like ours. A slash command gets a private "not set up for this workspace"
 * answer; events and clicks are acknowledged with nothing, so Slack does not retry and nobody is spammed.
 */
final class WorkspaceGate implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceGate.class);
    private static final String EN = "This bot isn't set up for this workspace.";
    private static final String ZH = "本机器人尚未为此工作区开通。";

    private final Set<String> configured;
    private final Supplier<String> ownWorkspace;
    private final RefusalCounter refusals;
    private volatile String own;

    /**
     * @param configured the served team (T…) and enterprise (E…) ids; empty: the bot token's own workspace
     * @param ownWorkspace the bot token's workspace (auth.test), asked once when {@code configured} is
     *     empty; null or a failure leaves the request refused and asks again next time
     */
    WorkspaceGate(Set<String> configured, Supplier<String> ownWorkspace, RefusalCounter refusals) {
        this.configured = Set.copyOf(configured);
        this.ownWorkspace = ownWorkspace;
        this.refusals = refusals;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType())) {
            return chain.next(req);
        }
        String team = req.getContext().getTeamId();
        String enterprise = req.getContext().getEnterpriseId();
        if (serves(team) || serves(enterprise)) {
            return chain.next(req);
        }
        String kind = kind(req);
        LOG.info(
                "Refused a Slack {} from workspace {} (enterprise {}), not a served workspace", kind, team, enterprise);
        refusals.refused(kind);
        if (req instanceof SlashCommandRequest command) {
            String text = command.getPayload().getText();
            JsonObject body = new JsonObject();
            body.addProperty("response_type", "ephemeral");
            body.addProperty("text", LanguageDetector.detect(text == null ? "" : text) == Lang.ZH ? ZH : EN);
            return Response.json(200, body.toString());
        }
        return Response.ok();
    }

    private boolean serves(String id) {
        if (id == null || id.isBlank()) {
            return false;
        }
        if (!configured.isEmpty()) {
            return configured.contains(id);
        }
        return id.equals(own());
    }

    private String own() {
        String known = own;
        if (known == null) {
            try {
                known = ownWorkspace.get();
            } catch (RuntimeException e) {
                LOG.warn("Could not ask Slack which workspace the bot token belongs to: {}", e.toString());
                return null;
            }
            own = known;
        }
        return known;
    }

    private static String kind(Request<?> req) {
        return switch (req.getRequestType()) {
            case Event -> "event";
            case Command -> "command";
            case BlockAction, BlockSuggestion, AttachmentAction, GlobalShortcut, MessageShortcut -> "action";
            case ViewSubmission, ViewClosed, DialogSubmission, DialogCancellation, DialogSuggestion -> "view";
            default -> "other";
        };
    }
}
