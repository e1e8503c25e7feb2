package com.salesbot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import java.util.List;

/** Bolt's app with its default middleware, except that our UTF-8 signature check comes first. */
final class SalesbotBoltApp extends App {
    private final Middleware verification;

    SalesbotBoltApp(AppConfig config, Middleware verification) {
        // Bolt's own check is off in the config; it hashes in the JVM's default charset.
        super(config.toBuilder().requestVerificationEnabled(false).build());
        this.verification = verification;
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        List<Middleware> list = super.buildDefaultMiddlewareList(config);
        if (verification != null) {
            list.add(0, verification);
        }
        return list;
    }
}
