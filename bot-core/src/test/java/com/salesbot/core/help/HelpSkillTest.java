package com.salesbot.core.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SkillSpec;
import org.junit.jupiter.api.Test;

class HelpSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void repSeesWhatTheyMayDoWithAnExampleEach() {
        Reply reply = world.tell(world.alice(), "help", Intent.HELP);

        assertThat(reply.text())
                .startsWith("Here is what I can do:\n")
                .contains(
                        "\n• Log a customer visit, meeting or call — \"visited Acme Corp today, met the CTO, follow up next Tuesday\"")
                .contains("\n• Log a closed sale — \"closed $12.5k with Globex today\"")
                .contains("\n• See the team leaderboard by sales, visits, deals or kudos — \"team ranking this week\"")
                .contains("\n• Take back your last entry (within 24 hours) — \"undo\"")
                .doesNotContain("Set a target")
                .doesNotContain("Add people")
                .doesNotContain("Show this help");
    }

    @Test
    void managerAlsoSeesManagerSkills() {
        Reply reply = world.tell(world.carol(), "help", Intent.HELP);

        assertThat(reply.text())
                .contains("\n• Set a target for your reps (managers) — \"set alice's target to 50k for December\"")
                .contains("\n• Add people to your team (managers) — \"add bob to my team\"");
    }

    @Test
    void helpIsInChineseWithChineseExamples() {
        Reply reply = world.tell(world.bob(), "帮助", Intent.HELP);

        assertThat(reply.text())
                .startsWith("我可以帮你：\n")
                .contains("\n• 记录客户拜访、会议或电话 — \"今天拜访了华为技术,见了王经理,下周三跟进\"")
                .contains("\n• 记录成交 — \"和华为签了50万\"")
                .doesNotContain("Log a");
    }

    @Test
    void helpIsBuiltFromEveryListedSkillsOwnDeclaration() {
        Reply en = world.tell(world.admin(), "help", Intent.HELP);
        Reply zh = world.tell(world.admin(), "帮助", Intent.HELP);

        for (SkillSpec spec : world.catalog().specs()) {
            if (spec.listedInHelp() && spec.intent() != Intent.HELP) {
                assertThat(en.text())
                        .contains("• " + world.messages().get(Lang.EN, spec.descriptionKey()) + " — \""
                                + spec.examplesEn().get(0) + "\"");
                assertThat(zh.text())
                        .contains("• " + world.messages().get(Lang.ZH, spec.descriptionKey()) + " — \""
                                + spec.examplesZh().get(0) + "\"");
            }
        }
        long lines = en.text().lines().filter(l -> l.startsWith("• ")).count();
        assertThat(lines)
                .isEqualTo(world.catalog().specs().stream()
                        .filter(s -> s.listedInHelp() && s.intent() != Intent.HELP)
                        .count());
    }
}
