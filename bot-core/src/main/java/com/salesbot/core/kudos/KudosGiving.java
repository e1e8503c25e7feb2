package com.salesbot.core.kudos;

import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.RecordIds;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SkillContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules every way of giving kudos shares (a message, an emoji reaction): never to oneself, at most
 * the team's daily cap per giver, stored once per source, and announced publicly: in the chat where
 * they were given and, unless that chat is it, in the team's recognition channel.
 */
public final class KudosGiving {
    private final RecognitionStore recognitions;
    private final KudosSettings settings;
    private final Announcements announcements;

    public KudosGiving(RecognitionStore recognitions, KudosSettings settings, Announcements announcements) {
        this.recognitions = recognitions;
        this.settings = settings;
        this.announcements = announcements;
    }

    /** What giving came to. */
    public sealed interface Outcome {
        /** Stored; {@code post} is the public announcement, already sent to the recognition channel if due. */
        record Given(Reply post) implements Outcome {}

        /** Not stored, for a reason the giver should hear. */
        record Refused(Reply reason) implements Outcome {}

        /** The same source already gave these kudos; nothing new was written. */
        record AlreadyGiven() implements Outcome {}
    }

    /**
     * Gives kudos from the context's speaker to the recipients, as of the context's day and source.
     *
     * @param reason the reason as written, or empty
     */
    public Outcome give(SkillContext ctx, Collection<Person> recipients, String reason) {
        Map<String, Person> distinct = new LinkedHashMap<>();
        recipients.forEach(p -> distinct.putIfAbsent(p.id().value(), p));
        if (distinct.containsKey(ctx.speaker().id().value())) {
            return new Outcome.Refused(ctx.reply("kudos.self"));
        }
        int cap = settings.dailyCap(ctx.team().id());
        long given = recognitions.givenOn(ctx.speaker().id(), ctx.today());
        if (given + distinct.size() > cap) {
            return new Outcome.Refused(ctx.reply("kudos.cap", cap, Math.max(0, cap - given)));
        }
        List<Kudos.Recipient> to = new ArrayList<>();
        distinct.values().forEach(p -> to.add(new Kudos.Recipient(p.id(), p.teamId())));
        Kudos kudos =
                new Kudos(RecordIds.next(), ctx.speaker().id(), ctx.team().id(), to, reason, ctx.today(), ctx.source());
        if (!recognitions.add(kudos)) {
            return new Outcome.AlreadyGiven();
        }
        Reply post = Reply.text(announcement(ctx, distinct.values(), kudos.reason()));
        // Given in the recognition channel itself, the answer there is the public post: no second copy.
        if (!announcements.isChannelOf(ctx.team().id(), ctx.source().messageKey())) {
            announcements.toTeam(ctx.team().id(), post);
        }
        return new Outcome.Given(post);
    }

    private String announcement(SkillContext ctx, Collection<Person> recipients, String reason) {
        List<String> names = new ArrayList<>();
        recipients.forEach(p -> names.add(p.displayName()));
        String joined = String.join(ctx.say("kudos.name_separator"), names);
        String head = reason.isEmpty()
                ? ctx.say("kudos.given", ctx.speaker().displayName(), joined)
                : ctx.say("kudos.given_for", ctx.speaker().displayName(), joined, reason);
        Period month = Period.monthOf(ctx.today());
        List<String> counts = new ArrayList<>();
        recipients.forEach(
                p -> counts.add(ctx.say("kudos.month_count", p.displayName(), recognitions.receivedBy(p.id(), month))));
        return head + "\n" + ctx.sentences(counts.toArray(String[]::new));
    }
}
