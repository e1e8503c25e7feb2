package com.salesbot.core.ranking;

import com.salesbot.core.chart.Chart;
import com.salesbot.core.chart.ChartRenderer;
import com.salesbot.core.chart.ChartRequest;
import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The team's leaderboard for a metric and period (default: sales, this month), with the asker's place. */
public final class TeamRankingSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.TEAM_RANKING,
            List.of("team ranking this week", "visits leaderboard last month"),
            List.of("本周拜访量排行", "这个月销售额排名"),
            List.of(),
            Role.REP,
            SideEffect.READS);

    private final Scoreboard scoreboard;
    private final Directory directory;
    private final ChartRenderer charts;

    public TeamRankingSkill(Scoreboard scoreboard, Directory directory) {
        this(scoreboard, directory, null);
    }

    /** With {@code charts}, a request for a chart ("画个图") also gets the leaderboard as bars. */
    public TeamRankingSkill(Scoreboard scoreboard, Directory directory, ChartRenderer charts) {
        this.scoreboard = scoreboard;
        this.directory = directory;
        this.charts = charts;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Metric metric = ctx.entities().metric().orElse(Metric.SALES);
        Period period = ctx.entities().period().orElse(Period.monthOf(ctx.today()));
        String metricName = ctx.say("metric." + metric.code());
        if (!scoreboard.counts(metric)) {
            return ctx.reply("ranking.metric_not_tracked", metricName);
        }
        List<Standing> standings = standings(ctx, metric, period);
        // Reps with nothing are listed, so "nobody logged anything" means every value is zero.
        if (standings.stream().allMatch(s -> s.value().signum() == 0)) {
            return ctx.reply("ranking.empty", metricName, period.start(), period.end());
        }
        List<List<String>> rows = new ArrayList<>();
        int mine = -1;
        for (int i = 0; i < standings.size(); i++) {
            Standing s = standings.get(i);
            rows.add(List.of(
                    String.valueOf(s.rank()),
                    s.person().displayName(),
                    MetricFormat.display(metric, s.value(), ctx.team().currency())));
            if (s.person().id().equals(ctx.speaker().id())) {
                mine = i;
            }
        }
        StringBuilder text = new StringBuilder(ctx.say("ranking.title", metricName, period.start(), period.end()));
        for (List<String> row : rows) {
            text.append('\n')
                    .append(row.get(0))
                    .append(". ")
                    .append(row.get(1))
                    .append(" — ")
                    .append(row.get(2));
        }
        text.append('\n')
                .append(
                        mine >= 0
                                ? ctx.say(
                                        "ranking.your_place",
                                        standings.get(mine).rank(),
                                        standings.size())
                                : ctx.say("ranking.not_ranked"));
        Block.Table table = new Block.Table(
                List.of(ctx.say("ranking.col.rank"), ctx.say("ranking.col.name"), metricName), rows, mine);
        Reply reply = Reply.text(text.toString()).with(table);
        if (charts == null || !ChartRequest.asked(ctx.text())) {
            return reply;
        }
        Chart bars = new Chart.Bars(
                ctx.say("ranking.title", metricName, period.start(), period.end())
                        .replaceAll("[:：]$", ""),
                Chart.pngFile("ranking"),
                metricName,
                metricName,
                standings.stream().map(s -> s.person().displayName()).toList(),
                standings.stream().map(Standing::value).toList());
        return reply.with(new Block.Image(bars.title(), bars.fileName(), charts.png(bars)));
    }

    private List<Standing> standings(SkillContext ctx, Metric metric, Period period) {
        Map<PersonId, BigDecimal> values = scoreboard.byRep(ctx.team().id(), metric, period);
        // Each member's value looked up once, not in every comparison of the sort.
        List<Standing> unranked = new ArrayList<>();
        for (Person p : directory.members(ctx.team().id())) {
            BigDecimal value = values.get(p.id());
            if (p.role() == Role.REP || value != null) {
                unranked.add(new Standing(0, p, value == null ? BigDecimal.ZERO : value));
            }
        }
        unranked.sort(Comparator.comparing(Standing::value)
                .reversed()
                .thenComparing(s -> s.person().displayName()));
        List<Standing> result = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < unranked.size(); i++) {
            BigDecimal value = unranked.get(i).value();
            // Equal values share a rank (1, 2, 2, 4), as on any sports table.
            if (previous == null || value.compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = value;
            result.add(new Standing(rank, unranked.get(i).person(), value));
        }
        return result;
    }

    private record Standing(int rank, Person person, BigDecimal value) {}
}
