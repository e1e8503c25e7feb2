package com.salesbot.core.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.InMemoryVisitStore;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.help.HelpSkill;
import com.salesbot.core.help.UnknownSkill;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.visit.LogVisitSkill;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillCatalogTest {

    @Test
    void secondSkillForAnIntentFailsAtConstructionNamingBoth() {
        List<Skill> skills =
                List.of(new LogVisitSkill(new InMemoryVisitStore()), new HelpSkill(), new RivalVisitSkill());

        assertThatThrownBy(() -> new SkillCatalog(skills))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two skills for intent log_visit: LogVisitSkill and RivalVisitSkill");
    }

    @Test
    void findsTheSkillRegisteredForAnIntent() {
        LogVisitSkill visits = new LogVisitSkill(new InMemoryVisitStore());
        HelpSkill help = new HelpSkill();
        SkillCatalog catalog = new SkillCatalog(List.of(visits, help));

        assertThat(catalog.find(Intent.LOG_VISIT)).containsSame(visits);
        assertThat(catalog.find(Intent.HELP)).containsSame(help);
        assertThat(catalog.find(Intent.STATS_QUERY)).isEmpty();
    }

    @Test
    void specsKeepRegistrationOrderAndCannotBeChanged() {
        SkillCatalog catalog = new SkillCatalog(
                List.of(new UnknownSkill(), new LogVisitSkill(new InMemoryVisitStore()), new HelpSkill()));

        assertThat(catalog.specs())
                .extracting(SkillSpec::intent)
                .containsExactly(Intent.UNKNOWN, Intent.LOG_VISIT, Intent.HELP);
        assertThatThrownBy(() -> catalog.specs().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void standardCatalogAnswersEachIntentOnceAndHasAFallback() {
        List<SkillSpec> specs = TestWorld.create().catalog().specs();

        assertThat(specs).extracting(SkillSpec::intent).doesNotHaveDuplicates().contains(Intent.UNKNOWN, Intent.HELP);
        assertThat(new HashSet<>(specs.stream().map(SkillSpec::descriptionKey).toList()))
                .hasSameSizeAs(specs);
    }

    /** A second, competing skill for log_visit. */
    private static final class RivalVisitSkill implements Skill {
        @Override
        public SkillSpec spec() {
            return new SkillSpec(Intent.LOG_VISIT, List.of(), List.of(), List.of(), Role.REP, SideEffect.WRITES);
        }

        @Override
        public Reply handle(SkillContext context) {
            return Reply.text("rival");
        }
    }
}
