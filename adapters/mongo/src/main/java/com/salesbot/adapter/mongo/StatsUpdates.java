package com.salesbot.adapter.mongo;

import com.mongodb.MongoException;
import java.util.List;

/**
 * Keeps the stats aggregates in step with a record store. The record write is the truth: once it is
 * acknowledged, a failure to update the aggregates is logged rather than reported, because telling
 * the rep "not saved" about a saved record would make them log it twice. {@code rebuild-aggregates}
 * repairs the counts.
 */
final class StatsUpdates {
    private static final System.Logger LOG = System.getLogger(StatsUpdates.class.getName());

    private final MongoStats stats;

    StatsUpdates(MongoStats stats) {
        this.stats = stats;
    }

    void added(List<Contribution> contributions) {
        apply(() -> stats.add(contributions));
    }

    void undone(List<Contribution> contributions) {
        apply(() -> stats.subtract(contributions));
    }

    private static void apply(Runnable update) {
        try {
            update.run();
        } catch (MongoException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Stats aggregates missed a record change ({0}); run rebuild-aggregates to repair them",
                    e.getClass().getSimpleName());
        }
    }
}
