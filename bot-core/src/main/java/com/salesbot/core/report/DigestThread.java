package com.salesbot.core.report;

import com.salesbot.core.kernel.Lang;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a team's digest for one day was posted: the channel and the summary message whose thread holds the
 * per-rep lines ({@code threadId} empty when the platform gave no id: lines then go to the channel itself),
 * and the language it was written in, so late additions match it.
 */
public record DigestThread(
        String teamId, LocalDate day, String platform, String workspace, String channel, String threadId, Lang lang) {
    public DigestThread {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(platform, "platform");
        workspace = workspace == null ? "" : workspace;
        Objects.requireNonNull(channel, "channel");
        threadId = threadId == null ? "" : threadId;
        Objects.requireNonNull(lang, "lang");
    }
}
