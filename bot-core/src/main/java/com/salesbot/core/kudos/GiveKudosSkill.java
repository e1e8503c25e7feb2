package com.salesbot.core.kudos;

import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives kudos to colleagues named or mentioned ("kudos @alice for landing Initech!"): stored once per
 * message, never to oneself, at most the team's daily cap per giver, answered publicly and posted to
 * the team's recognition channel when one is configured.
 */
public final class GiveKudosSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.GIVE_KUDOS,
            List.of("kudos @alice for landing Initech!"),
            List.of("感谢 @王磊 帮我搞定报价"),
            List.of(Entities.PERSONS),
            Role.REP,
            SideEffect.WRITES);

    private final RecognitionStore recognitions;
    private final PersonLookup people;
    private final KudosSettings settings;
    private final Announcements announcements;

    public GiveKudosSkill(
            RecognitionStore recognitions, PersonLookup people, KudosSettings settings, Announcements announcements) {
        this.recognitions = recognitions;
        this.people = people;
        this.settings = settings;
        this.announcements = announcements;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        List<String> named = mentionedFirst(ctx.text(), ctx.entities().persons());
        Map<String, Person> recipients = new LinkedHashMap<>();
        for (String name : named) {
            Optional<Person> found = people.find(name, ctx.speaker());
            if (found.isEmpty()) {
                return ctx.reply("kudos.unknown_person", name);
            }
            recipients.putIfAbsent(found.get().id().value(), found.get());
        }
        if (recipients.containsKey(ctx.speaker().id().value())) {
            return ctx.reply("kudos.self");
        }
        int cap = settings.dailyCap(ctx.team().id());
        long given = recognitions.givenOn(ctx.speaker().id(), ctx.today());
        if (given + recipients.size() > cap) {
            return ctx.reply("kudos.cap", cap, Math.max(0, cap - given));
        }
        List<Kudos.Recipient> to = new ArrayList<>();
        recipients.values().forEach(p -> to.add(new Kudos.Recipient(p.id(), p.teamId())));
        String reason = KudosReason.from(ctx.text(), named);
        Kudos kudos = new Kudos(
                UUID.randomUUID().toString(),
                ctx.speaker().id(),
                ctx.team().id(),
                to,
                reason,
                ctx.today(),
                ctx.source());
        if (!recognitions.add(kudos)) {
            return ctx.reply("entry.already_saved");
        }
        Reply post = Reply.text(announcement(ctx, recipients.values(), reason));
        announcements.toTeam(ctx.team().id(), post);
        return post;
    }

    /**
     * When the message @-mentions anyone, only the mentioned count: a bare capitalised word the NLU
     * took for a name ("kudos @alice for landing Initech") must not block the kudos.
     */
    static List<String> mentionedFirst(String text, List<String> persons) {
        List<String> mentioned = persons.stream()
                .filter(p -> text.contains("@" + p) || text.contains("@!" + p))
                .toList();
        return mentioned.isEmpty() ? persons : mentioned;
    }

    private String announcement(SkillContext ctx, Iterable<Person> recipients, String reason) {
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
