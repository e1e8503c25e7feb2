package com.salesbot.core.report;

import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.reminder.Recipient;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A team's daily digest in its channel: one summary message, and each rep's report as a reply in that
 * message's thread. A report that arrives after the digest joins that day's thread; the thread and the
 * reps already in it are kept in the store, so each rep's line is posted once whichever instance or
 * retry gets there.
 */
public final class DigestThreads implements AfterReport {
    private static final Logger LOG = Logger.getLogger(DigestThreads.class.getName());

    private final DigestThreadStore store;
    private final DigestWriter writer;
    private final Directory directory;
    private final Supplier<List<OutboundChat>> platforms;

    /**
     * @param platforms the running chat platforms, asked each time (they start after the core)
     */
    public DigestThreads(
            DigestThreadStore store, DigestWriter writer, Directory directory, Supplier<List<OutboundChat>> platforms) {
        this.store = store;
        this.writer = writer;
        this.directory = directory;
        this.platforms = platforms;
    }

    /**
     * Posts the team's digest for {@code day}: the summary, then one reply per rep who reported. A retry
     * after a failed reply finds the summary already posted and posts only the replies still missing.
     * False when the team has no reps (nothing posted).
     */
    public boolean post(String teamId, LocalDate day, Recipient.Channel channel, OutboundChat chat, Lang lang) {
        Optional<DigestWriter.Digest> digest = writer.write(teamId, day, lang);
        if (digest.isEmpty()) {
            return false;
        }
        DigestThread thread = store.find(teamId, day).orElse(null);
        if (thread == null) {
            Optional<String> posted = chat.postToChannel(
                    channel.workspace(),
                    channel.channel(),
                    null,
                    Reply.text(digest.get().summary()));
            DigestThread opened = new DigestThread(
                    teamId, day, channel.platform(), channel.workspace(), channel.channel(), posted.orElse(""), lang);
            thread = store.open(opened) ? opened : store.find(teamId, day).orElse(opened);
        }
        for (DigestWriter.RepLine line : digest.get().reported()) {
            postLine(thread, chat, line.rep(), threadText(line.line(), line.report()));
        }
        return true;
    }

    /** A report stored after its day's digest was posted joins that thread, once per rep. */
    @Override
    public void afterReport(DailyReport report) {
        try {
            Optional<DigestThread> thread = store.find(report.teamId(), report.date());
            if (thread.isEmpty()) {
                return;
            }
            Optional<Person> rep = directory.byId(report.rep());
            Optional<OutboundChat> chat = platforms.get().stream()
                    .filter(p -> p.platform().equals(thread.get().platform()))
                    .findFirst();
            if (rep.isEmpty() || chat.isEmpty()) {
                return;
            }
            String text = threadText(writer.line(rep.get(), report, thread.get().lang()), report);
            postLine(thread.get(), chat.get(), report.rep(), text);
        } catch (RuntimeException e) {
            // The report is stored and the rep was told so; a missing thread line must not undo that.
            LOG.warning("could not add the report of " + report.rep() + " for " + report.date()
                    + " to the digest thread: " + e.getMessage());
        }
    }

    private void postLine(DigestThread thread, OutboundChat chat, PersonId rep, String text) {
        if (!store.claimLine(thread.teamId(), thread.day(), rep)) {
            return;
        }
        try {
            chat.postToChannel(
                    thread.workspace(),
                    thread.channel(),
                    thread.threadId().isEmpty() ? null : thread.threadId(),
                    Reply.text(text));
        } catch (RuntimeException e) {
            store.releaseLine(thread.teamId(), thread.day(), rep);
            throw e;
        }
    }

    /** The rep's numbers, then what they wrote. */
    private static String threadText(String line, DailyReport report) {
        return line + "\n" + report.text();
    }
}
