package com.salesbot.core.member;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * (Managers) moves people the bot already knows into the manager's own team. People become known
 * when they first message the bot or when the YAML seed lists them.
 */
public final class AddMemberSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.ADD_MEMBER,
            List.of("add bob to my team"),
            List.of("把王磊加入我的团队"),
            List.of(Entities.PERSONS),
            Role.MANAGER,
            SideEffect.WRITES);

    private final Directory directory;
    private final PersonLookup people;

    public AddMemberSkill(Directory directory, PersonLookup people) {
        this.directory = directory;
        this.people = people;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        List<Person> found = new ArrayList<>();
        for (String name : ctx.entities().persons()) {
            Optional<Person> person = people.find(name, ctx.speaker());
            if (person.isEmpty()) {
                return ctx.reply("member.unknown", name);
            }
            if (person.get().role().covers(ctx.speaker().role())
                    && !person.get().id().equals(ctx.speaker().id())
                    && ctx.speaker().role() != Role.ADMIN) {
                return ctx.reply("member.peer", person.get().displayName());
            }
            found.add(person.get());
        }
        for (Person p : found) {
            directory.save(p.withTeam(ctx.team().id()));
        }
        return ctx.reply(
                "member.added",
                String.join(", ", found.stream().map(Person::displayName).toList()),
                ctx.team().name());
    }
}
