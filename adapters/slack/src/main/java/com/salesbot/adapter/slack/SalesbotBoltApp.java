package com.salesbot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bolt's app with its default middleware, except that our own checks come first, in order: the UTF-8
 * signature check, then the workspace gate (before Bolt's single-team authorization, which replaces
 * the payload's team id with the token's).
 */
final class SalesbotBoltApp extends App {
    private final List<Middleware> first;

    SalesbotBoltApp(AppConfig config, Middleware verification) {
        this(config, verification, null);
    }

    SalesbotBoltApp(AppConfig config, Middleware verification, Middleware workspaceGate) {
        // Bolt's own check is off in the config; it hashes in the JVM's default charset.
        super(config.toBuilder().requestVerificationEnabled(false).build());
        List<Middleware> ours = new ArrayList<>();
        ours.add(verification);
        ours.add(workspaceGate);
        ours.removeIf(Objects::isNull);
        this.first = List.copyOf(ours);
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        List<Middleware> list = super.buildDefaultMiddlewareList(config);
        list.addAll(0, first);
        return list;
    }
}
