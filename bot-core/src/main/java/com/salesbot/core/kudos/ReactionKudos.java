package com.salesbot.core.kudos;

import com.salesbot.core.conversation.ProcessedMessages;
import com.salesbot.core.conversation.Reaction;
import com.salesbot.core.conversation.ReactionHandler;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.kernel.StoreUnavailableException;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.SpeakerResolver;
import com.salesbot.core.people.Team;
import com.salesbot.core.skill.SkillContext;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kudos by emoji reaction: the configured reaction (🏆 by default) on a colleague's message gives kudos to
 * its author, under the same rules as "kudos @alice" ({@link KudosGiving}). One reactor gives one
 * message kudos once: a redelivered event, or the reaction removed and added again, writes nothing and
 * says nothing. Refusals (the daily cap) go to the reactor alone; reacting to one's own message is ignored.
 */
public final class ReactionKudos implements ReactionHandler {
    private static final Logger LOG = Logger.getLogger(ReactionKudos.class.getName());

    private final KudosReaction reaction;
    private final KudosGiving giving;
    private final SpeakerResolver speakers;
    private final Directory directory;
    private final ProcessedMessages processed;
    private final Messages messages;
    private final Clock clock;

    public ReactionKudos(
            KudosReaction reaction,
            KudosGiving giving,
            SpeakerResolver speakers,
            Directory directory,
            ProcessedMessages processed,
            Messages messages,
            Clock clock) {
        this.reaction = reaction;
        this.giving = giving;
        this.speakers = speakers;
        this.directory = directory;
        this.processed = processed;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean wants(String platform, String emoji) {
        return reaction.matches(platform, emoji);
    }

    @Override
    public Optional<Answer> react(Reaction r) {
        if (!reaction.matches(r.platform(), r.emoji())
                || r.authorId().isBlank()
                // Discord reports 0 for a webhook's message: nobody to thank.
                || r.authorId().equals("0")
                || r.authorId().equals(r.reactorId())) {
            return Optional.empty();
        }
        try {
            if (processed.wasHandled(r.key())) {
                return Optional.empty();
            }
            Optional<Answer> answer = give(r);
            processed.markHandled(r.key(), clock.instant());
            return answer;
        } catch (StoreUnavailableException e) {
            LOG.log(Level.WARNING, "database unavailable while giving kudos by reaction: " + e.getMessage());
            Lang lang =
                    directory.byIdentity(r.reactorIdentity()).map(Person::lang).orElse(Lang.EN);
            return Optional.of(new Answer(Reply.text(messages.get(lang, "error.store_unavailable")), true));
        }
    }

    private Optional<Answer> give(Reaction r) {
        Optional<Person> reactor =
                speakers.resolve(r.reactorIdentity(), nameOr(r.reactorName(), r.reactorId()), Lang.EN);
        if (reactor.isEmpty()) {
            // A closed workspace and a stranger: reactions are no way in.
            return Optional.empty();
        }
        Person giver = reactor.get();
        Optional<Person> author =
                speakers.resolve(r.authorIdentity(), nameOr(r.authorName(), r.authorId()), giver.lang());
        if (author.isEmpty()) {
            return Optional.of(
                    new Answer(Reply.text(messages.get(giver.lang(), "kudos.reaction_unknown_author")), true));
        }
        Team team = directory
                .team(giver.teamId())
                .orElseThrow(() -> new IllegalStateException("person " + giver.id() + " has no team"));
        SkillContext ctx = new SkillContext(
                giver,
                team,
                giver.lang(),
                ZonedDateTime.now(clock.withZone(giver.zone())),
                "",
                new Entities(Map.of(Entities.PERSONS, List.of(r.authorId()))),
                new Source(giver.id(), r.key(), clock.instant()),
                List.of(),
                messages);
        KudosGiving.Outcome outcome = giving.give(ctx, List.of(author.get()), "");
        if (outcome instanceof KudosGiving.Outcome.Given given) {
            return Optional.of(new Answer(given.post(), false));
        }
        if (outcome instanceof KudosGiving.Outcome.Refused refused) {
            return Optional.of(new Answer(refused.reason(), true));
        }
        return Optional.empty();
    }

    private static String nameOr(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
