package com.salesbot.core.skill;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything a skill may know about the message it handles: who asked, in which team and language,
 * when (in the speaker's zone), what the message stated, and where any write comes from.
 */
public record SkillContext(
        Person speaker,
        Team team,
        Lang lang,
        ZonedDateTime now,
        String text,
        Entities entities,
        Source source,
        List<SkillSpec> skills,
        Messages messages) {
    public SkillContext {
        skills = List.copyOf(skills);
    }

    /** Today in the speaker's zone. */
    public LocalDate today() {
        return now.toLocalDate();
    }

    /** A reply text in the speaker's language. */
    public String say(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /**
     * Sentences joined as the language writes them: English puts a space between sentences,
     * Chinese (whose full stop is wide) does not.
     */
    public String sentences(String... parts) {
        return String.join(lang == Lang.ZH ? "" : " ", parts);
    }

    /** A plain reply in the speaker's language. */
    public Reply reply(String key, Object... args) {
        return Reply.text(say(key, args));
    }

    /** The same context with other entities, used when a follow-up answer completes the message. */
    public SkillContext withEntities(Entities newEntities) {
        return new SkillContext(speaker, team, lang, now, text, newEntities, source, skills, messages);
    }
}
