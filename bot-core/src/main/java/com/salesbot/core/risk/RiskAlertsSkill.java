package com.salesbot.core.risk;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.ArrayList;
import java.util.List;

/** "Any risks?": a manager's on-demand list of their team's risks, the same the weekly digest sends. */
public final class RiskAlertsSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.RISK_ALERTS, List.of("any risks?"), List.of("有什么风险吗"), List.of(), Role.MANAGER, SideEffect.READS);

    private final RiskFinder finder;

    public RiskAlertsSkill(RiskFinder finder) {
        this.finder = finder;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        List<Risk> risks =
                finder.find(ctx.team().id(), ctx.now().toInstant(), ctx.team().zone());
        if (risks.isEmpty()) {
            return ctx.reply("risk.none", ctx.team().name());
        }
        List<String> lines = new ArrayList<>();
        lines.add(ctx.say("risk.head", ctx.team().name(), risks.size()));
        lines.addAll(
                RiskText.lines(risks, ctx.messages(), ctx.lang(), ctx.team().currency(), finder.settings()));
        return Reply.text(String.join("\n", lines));
    }
}
