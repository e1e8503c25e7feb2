package com.salesbot.config.wiring;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything under {@code salesbot:} in application.yml; secrets come from the environment only. */
@ConfigurationProperties(prefix = "salesbot")
public record SalesbotProperties(
        Mongodb mongodb,
        Workspace workspace,
        ClockSettings clock,
        Nlu nlu,
        List<TeamSeed> teams,
        List<PersonSeed> people,
        Recognition recognition,
        DirectorySettings directory) {

    public SalesbotProperties {
        mongodb = mongodb == null ? new Mongodb(null, null, null, null) : mongodb;
        workspace = workspace == null ? new Workspace(null, null, null) : workspace;
        clock = clock == null ? new ClockSettings(null, null) : clock;
        nlu = nlu == null ? new Nlu(null, null) : nlu;
        teams = teams == null ? List.of() : List.copyOf(teams);
        people = people == null ? List.of() : List.copyOf(people);
        recognition = recognition == null ? new Recognition(null, null, null, null) : recognition;
        directory = directory == null ? new DirectorySettings(null) : directory;
    }

    /**
     * How long one instance trusts what it read about people and teams ({@code cache-ttl}, default 2 s;
     * {@code 0s} reads the database every time). Changes made through another instance show after it.
     */
    public record DirectorySettings(Duration cacheTtl) {
        public DirectorySettings {
            cacheTtl = cacheTtl == null ? Duration.ofSeconds(2) : cacheTtl;
        }
    }

    /**
     * Recognition defaults for every team: how many kudos one person may give per day, the emoji reaction
     * that gives kudos (on Discord; Slack names it by short name) and when shout-outs are posted.
     */
    public record Recognition(
            Integer kudosDailyCap, String kudosReaction, String kudosReactionSlack, ShoutOutSeed shoutOuts) {
        public Recognition {
            kudosDailyCap = kudosDailyCap == null ? 5 : kudosDailyCap;
            kudosReaction = kudosReaction == null || kudosReaction.isBlank() ? "🏆" : kudosReaction.strip();
            kudosReactionSlack =
                    kudosReactionSlack == null || kudosReactionSlack.isBlank() ? "trophy" : kudosReactionSlack.strip();
            shoutOuts = shoutOuts == null ? ShoutOutSeed.NONE : shoutOuts;
        }
    }

    /**
     * When honour rolls are posted and what they show; any field left out keeps the default (or, for a
     * team, the {@code salesbot.recognition.shout-outs} value): {@code weeklyDay} (e.g. {@code FRIDAY}) and
     * {@code weeklyAt} ({@code 16:00}) in the team's zone, {@code monthlyAt} on the first workday,
     * {@code metrics} ({@code sales}, {@code deals}, {@code visits}, {@code kudos}) and {@code top}.
     */
    public record ShoutOutSeed(String weeklyDay, String weeklyAt, String monthlyAt, List<String> metrics, Integer top) {
        /** Nothing set: every field keeps its default. */
        public static final ShoutOutSeed NONE = new ShoutOutSeed(null, null, null, null, null);
    }

    /**
     * Database: {@code uri} (from SALESBOT_MONGODB_URI) selects a real server; otherwise the embedded
     * one stores its data at {@code embeddedPath} ({@code memory} keeps nothing).
     */
    public record Mongodb(String uri, String embeddedPath, String database, Integer timeoutMillis) {
        public Mongodb {
            embeddedPath = embeddedPath == null || embeddedPath.isBlank() ? "./data/salesbot.mv" : embeddedPath;
            database = database == null || database.isBlank() ? "salesbot" : database;
            timeoutMillis = timeoutMillis == null ? 3000 : timeoutMillis;
        }

        public boolean embedded() {
            return uri == null || uri.isBlank();
        }
    }

    /** Who may talk to the bot: {@code open} registers unknown senders as reps of {@code defaultTeam}. */
    public record Workspace(Boolean open, String defaultTeam, String defaultZone) {
        public Workspace {
            open = open == null || open;
            defaultTeam = defaultTeam == null || defaultTeam.isBlank() ? "sales" : defaultTeam;
        }
    }

    /**
     * Understanding: below {@code clarifyBelow} the bot offers its two best readings instead of
     * guessing; a question ("Which customer?") waits {@code questionTimeout} for its answer.
     */
    public record Nlu(Double clarifyBelow, Duration questionTimeout) {
        public Nlu {
            clarifyBelow = clarifyBelow == null ? 0.55 : clarifyBelow;
            questionTimeout = questionTimeout == null ? Duration.ofMinutes(5) : questionTimeout;
        }
    }

    /** A fixed clock for demos and scripts ({@code now}, local) and the zone it is read in. */
    public record ClockSettings(String now, String zone) {}

    /**
     * A team from the seed; {@code rates} are units of the team currency per unit of another;
     * {@code recognition} and {@code commission} are optional (issue 5); {@code channel}
     * ({@code slack:T0123/C0456}, {@code discord:GUILD/CHANNEL}, {@code console:team-west}; empty: none) is
     * where "remind the team" reminders and meeting agendas are posted instead of a DM to each member.
     */
    public record TeamSeed(
            String id,
            String name,
            String currency,
            String zone,
            Map<String, BigDecimal> rates,
            TeamRecognition recognition,
            CommissionSeed commission,
            String channel) {
        public TeamSeed {
            rates = rates == null ? Map.of() : Map.copyOf(rates);
            recognition = recognition == null ? new TeamRecognition(null, null, null, null) : recognition;
            channel = channel == null ? "" : channel.strip();
        }
    }

    /**
     * A team's recognition settings: its own kudos cap (else the default), the channel that public
     * recognition is posted to ({@code slack:T0123/C0456} or {@code discord:GUILD/CHANNEL}; empty: the
     * chat where it happened), whether public posts hide absolute figures, and the team's own
     * shout-out schedule and metrics (else the defaults).
     */
    public record TeamRecognition(Integer kudosDailyCap, String channel, Boolean hideFigures, ShoutOutSeed shoutOuts) {
        public TeamRecognition {
            channel = channel == null ? "" : channel.strip();
            hideFigures = hideFigures != null && hideFigures;
            shoutOuts = shoutOuts == null ? ShoutOutSeed.NONE : shoutOuts;
        }
    }

    /**
     * A team's commission plan: {@code basePercent} below the first tier, {@code tiers} as marginal
     * rates from a percentage of the sales target, flat {@code bonuses} at a percentage, paid in
     * {@code currency} (default the team's), converted at the team's rates only when {@code convert}.
     */
    public record CommissionSeed(
            BigDecimal basePercent, String currency, Boolean convert, List<TierSeed> tiers, List<BonusSeed> bonuses) {
        public CommissionSeed {
            convert = convert != null && convert;
            tiers = tiers == null ? List.of() : List.copyOf(tiers);
            bonuses = bonuses == null ? List.of() : List.copyOf(bonuses);
        }
    }

    /** A commission tier: {@code percent} on sales above {@code fromPercentOfTarget} of target. */
    public record TierSeed(BigDecimal fromPercentOfTarget, BigDecimal percent) {}

    /** A flat bonus, in the payout currency, once sales reach {@code atPercentOfTarget} of target. */
    public record BonusSeed(BigDecimal atPercentOfTarget, BigDecimal amount) {}

    /** A person from the seed, with their platform identities such as {@code slack:T0123/U0456}. */
    public record PersonSeed(String name, String team, String role, String zone, String lang, List<String> identities) {
        public PersonSeed {
            identities = identities == null ? List.of() : List.copyOf(identities);
        }
    }
}
