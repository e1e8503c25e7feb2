package com.salesbot.config.wiring;

import com.salesbot.config.knowledge.KnowledgeProperties;
import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.away.BackFromAwaySkill;
import com.salesbot.core.away.SetAwaySkill;
import com.salesbot.core.chart.ChartRenderer;
import com.salesbot.core.commission.CommissionPlans;
import com.salesbot.core.commission.MyCommissionSkill;
import com.salesbot.core.competitor.CompetitorNoteStore;
import com.salesbot.core.competitor.CompetitorSummarySkill;
import com.salesbot.core.competitor.LogCompetitorSkill;
import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.DirectMessages;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.deal.DealUndo;
import com.salesbot.core.deal.UpdateDealSkill;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.UndoSkill;
import com.salesbot.core.export.ExportCsvSkill;
import com.salesbot.core.export.ExportRecords;
import com.salesbot.core.feedback.FeedbackStore;
import com.salesbot.core.feedback.ListFeedbackSkill;
import com.salesbot.core.feedback.SendFeedbackSkill;
import com.salesbot.core.help.HelpSkill;
import com.salesbot.core.help.UnknownSkill;
import com.salesbot.core.history.CustomerInfoSkill;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.knowledge.AddKnowledgeSkill;
import com.salesbot.core.knowledge.AnswerQuestionSkill;
import com.salesbot.core.knowledge.AskKnowledgeSkill;
import com.salesbot.core.knowledge.EditKnowledgeSkill;
import com.salesbot.core.knowledge.ForwardQuestionSkill;
import com.salesbot.core.knowledge.KnowledgeBase;
import com.salesbot.core.knowledge.QuestionStore;
import com.salesbot.core.knowledge.ReloadKnowledgeSkill;
import com.salesbot.core.knowledge.RemoveKnowledgeSkill;
import com.salesbot.core.knowledge.SaveAnswerSkill;
import com.salesbot.core.kudos.GiveKudosSkill;
import com.salesbot.core.kudos.KudosSettings;
import com.salesbot.core.kudos.RecognitionStore;
import com.salesbot.core.member.AddMemberSkill;
import com.salesbot.core.milestone.SaleMilestones;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.ranking.Scoreboard;
import com.salesbot.core.ranking.TeamRankingSkill;
import com.salesbot.core.reminder.CancelReminderSkill;
import com.salesbot.core.reminder.FollowUpReminders;
import com.salesbot.core.reminder.ListRemindersSkill;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.reminder.SetReminderSkill;
import com.salesbot.core.reminder.TeamChannels;
import com.salesbot.core.report.DailyReportSkill;
import com.salesbot.core.report.DigestThreads;
import com.salesbot.core.report.MissingReportsSkill;
import com.salesbot.core.report.ReportDrafts;
import com.salesbot.core.report.ReportRules;
import com.salesbot.core.report.ReportStore;
import com.salesbot.core.risk.RiskAlertsSkill;
import com.salesbot.core.risk.RiskFinder;
import com.salesbot.core.sale.LogSaleSkill;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.skill.SkillCatalog;
import com.salesbot.core.smalltalk.SmalltalkSkill;
import com.salesbot.core.stats.StatsQuerySkill;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.target.MyTargetSkill;
import com.salesbot.core.target.SetTargetSkill;
import com.salesbot.core.target.TargetStore;
import com.salesbot.core.training.QuizAnswerSkill;
import com.salesbot.core.training.ScheduleTrainingSkill;
import com.salesbot.core.training.TrainingResultsSkill;
import com.salesbot.core.training.TrainingStore;
import com.salesbot.core.visit.LogVisitSkill;
import com.salesbot.core.visit.VisitStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The explicit list of skills, one line each; a second skill for an intent fails start-up. */
@Configuration(proxyBeanMethods = false)
public class SkillsWiring {

    @Bean
    SkillCatalog skillCatalog(
            VisitStore visits,
            SaleStore sales,
            TargetStore targets,
            ReportStore reports,
            ReportDrafts reportDrafts,
            DigestThreads digestThreads,
            ReportRules reportRules,
            RecognitionStore recognitions,
            StatsStore stats,
            ReminderStore reminders,
            TeamChannels teamChannels,
            AbsenceStore absences,
            Directory directory,
            Messages messages,
            Clock clock,
            KudosSettings kudosSettings,
            Announcements announcements,
            CommissionPlans commissionPlans,
            ChartRenderer charts,
            SaleMilestones milestones,
            DealStore deals,
            CustomerRecords customerRecords,
            CompetitorNoteStore competitorNotes,
            RiskFinder riskFinder,
            ExportRecords exportRecords,
            KnowledgeBase knowledge,
            KnowledgeProperties knowledgeSettings,
            QuestionStore questions,
            FeedbackStore feedback,
            DirectMessages direct,
            TrainingStore training) {
        Scoreboard scoreboard = new Scoreboard(stats);
        PersonLookup people = new PersonLookup(directory);
        return new SkillCatalog(List.of(
                new LogVisitSkill(visits, new FollowUpReminders(reminders, messages, clock)),
                new LogSaleSkill(sales, milestones),
                new MyTargetSkill(targets, scoreboard, people, charts),
                new SetTargetSkill(targets, people),
                new TeamRankingSkill(scoreboard, directory, charts),
                new DailyReportSkill(reports, reportDrafts, reportRules, visits, sales, digestThreads),
                new MissingReportsSkill(reports, directory, absences),
                new SetAwaySkill(absences),
                new BackFromAwaySkill(absences),
                new StatsQuerySkill(stats, directory, people, charts),
                new AddMemberSkill(directory, people),
                new UpdateDealSkill(deals, customerRecords),
                new CustomerInfoSkill(customerRecords, deals, directory),
                new LogCompetitorSkill(competitorNotes),
                new CompetitorSummarySkill(competitorNotes, directory),
                new RiskAlertsSkill(riskFinder),
                new ExportCsvSkill(exportRecords, directory),
                new GiveKudosSkill(recognitions, people, kudosSettings, announcements),
                new MyCommissionSkill(commissionPlans, targets, sales, people, directory),
                new SetReminderSkill(reminders, people, directory, teamChannels),
                new ListRemindersSkill(reminders, directory),
                new CancelReminderSkill(reminders, directory),
                new AskKnowledgeSkill(knowledge, knowledgeSettings.minMatch()),
                new AddKnowledgeSkill(knowledge),
                new EditKnowledgeSkill(knowledge),
                new RemoveKnowledgeSkill(knowledge),
                new ReloadKnowledgeSkill(knowledge),
                new ForwardQuestionSkill(questions, directory, direct, messages),
                new AnswerQuestionSkill(questions, directory, direct, messages),
                new SaveAnswerSkill(questions, knowledge),
                new SendFeedbackSkill(feedback, directory, direct, messages),
                new ListFeedbackSkill(feedback, directory),
                new ScheduleTrainingSkill(training, reminders, directory, SkillsWiring::reminderId),
                new QuizAnswerSkill(training),
                new TrainingResultsSkill(training, directory),
                new UndoSkill(Map.of(
                        EntryKind.VISIT, visits,
                        EntryKind.SALE, sales,
                        EntryKind.REPORT, reports,
                        EntryKind.KUDOS, recognitions,
                        EntryKind.DEAL, new DealUndo(deals),
                        EntryKind.COMPETITOR_NOTE, competitorNotes)),
                new HelpSkill(),
                new SmalltalkSkill(),
                new UnknownSkill()));
    }

    /** Twelve digits, like the ids of reminders set in chat. */
    private static String reminderId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }
}
