package com.salesbot.core.kudos;

import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final PersonLookup people;
    private final KudosGiving giving;

    public GiveKudosSkill(
            RecognitionStore recognitions, PersonLookup people, KudosSettings settings, Announcements announcements) {
        this(people, new KudosGiving(recognitions, settings, announcements));
    }

    public GiveKudosSkill(PersonLookup people, KudosGiving giving) {
        this.people = people;
        this.giving = giving;
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
        KudosGiving.Outcome outcome = giving.give(ctx, recipients.values(), KudosReason.from(ctx.text(), named));
        if (outcome instanceof KudosGiving.Outcome.Given given) {
            return given.post();
        }
        if (outcome instanceof KudosGiving.Outcome.Refused refused) {
            return refused.reason();
        }
        return ctx.reply("entry.already_saved");
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
}
