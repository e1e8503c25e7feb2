package com.salesbot.adapter.slack.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapter.slack.render.BlockKitRenderer;
import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Call;
import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proactive messages as the Web API stand-in receives them. */
class SlackOutboundChatTest {
    private SlackApiStandIn slack;
    private SlackOutboundChat outbound;

    @BeforeEach
    void start() throws IOException {
        slack = SlackApiStandIn.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        WebApi api = new WebApi(Slack.getInstance(config).methods("xoxb-test"), d -> {}, 2);
        outbound = new SlackOutboundChat(api, new BlockKitRenderer());
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aDirectMessageOpensTheConversationWithThePersonThenPostsTheReplyThere() {
        outbound.sendDirect("slack:T0TEAM/U0ALICE", Reply.text("Reminder: call Acme at 9"));

        assertThat(slack.calls("conversations.open").get(0).param("users")).isEqualTo("U0ALICE");
        Call post = slack.calls("chat.postMessage").get(0);
        assertThat(post.param("channel")).isEqualTo("DU0ALICE");
        assertThat(post.param("text")).isEqualTo("Reminder: call Acme at 9");
        assertThat(post.headers().get("authorization")).isEqualTo("Bearer xoxb-test");
    }

    @Test
    void aChannelPostGoesIntoTheGivenThreadWithItsBlocks() {
        outbound.postToChannel(
                "T0TEAM",
                "C0SALES",
                "1764208800.000100",
                Reply.text("🎉 alice reached 100% of her target").with(new Block.Progress("sales 100%", 1.0)));

        Call post = slack.calls("chat.postMessage").get(0);
        assertThat(post.param("channel")).isEqualTo("C0SALES");
        assertThat(post.param("thread_ts")).isEqualTo("1764208800.000100");
        assertThat(post.param("text")).isEqualTo("🎉 alice reached 100% of her target");
        assertThat(post.param("blocks")).contains("sales 100%");
    }

    @Test
    void aChannelPostReturnsItsTsSoRepliesCanGoIntoItsThread() {
        Optional<String> ts = outbound.postToChannel("T0TEAM", "C0SALES", null, Reply.text("📋 Daily digest"));

        assertThat(ts).isPresent();
        assertThat(slack.calls("chat.postMessage").get(0).param("thread_ts")).isNull();
    }

    @Test
    void theDailyDigestIsOneSummaryWithEachReportInItsThreadAndALateReportJoinsThatThread() {
        TestWorld world = TestWorld.builder().teamChannel("C0SALES").build();
        world.addPlatform(outbound);
        Scheduler scheduler = world.scheduler(SchedulerSettings.defaults(), world.digest(LocalTime.of(20, 0)));
        world.tell(world.alice(), "daily report: Globex signed", Intent.DAILY_REPORT);

        scheduler.advanceTo(
                LocalDateTime.of(2026, 11, 27, 20, 0).atZone(TestWorld.ZONE).toInstant(), world.clock()::set);
        world.advance(Duration.ofMinutes(30));
        world.tell(world.bob(), "日报：拜访了美的", Intent.DAILY_REPORT, Entities.none(), Lang.ZH);

        List<Call> posts = slack.calls("chat.postMessage");
        assertThat(posts).hasSize(3);
        assertThat(posts.get(0).param("channel")).isEqualTo("C0SALES");
        assertThat(posts.get(0).param("thread_ts")).isNull();
        assertThat(posts.get(0).param("text"))
                .isEqualTo("📋 Daily digest for 2026-11-27: 1 of 2 reported.\n"
                        + "Team — visits 0, deals 0, sales $0\n"
                        + "Not reported: Bob.");
        String summaryTs = world.digestThreadStore()
                .find(TestWorld.TEAM_ID, LocalDate.of(2026, 11, 27))
                .orElseThrow()
                .threadId();
        assertThat(summaryTs).matches("\\d+\\.000100");
        assertThat(posts.subList(1, 3))
                .allSatisfy(reply -> {
                    assertThat(reply.param("channel")).isEqualTo("C0SALES");
                    assertThat(reply.param("thread_ts")).isEqualTo(summaryTs);
                })
                .extracting(reply -> reply.param("text"))
                .containsExactly(
                        "• Alice — visits 0, deals 0, sales $0\ndaily report: Globex signed",
                        "• Bob — visits 0, deals 0, sales $0\n日报：拜访了美的");
        assertThat(world.outbound().sent()).isEmpty();
    }

    @Test
    void anImageGoesThroughTheFilesUploadV2Flow() {
        byte[] png = "fake png bytes".getBytes(StandardCharsets.UTF_8);

        outbound.postImage("T0TEAM", "C0SALES", "Team ranking", png);

        assertThat(slack.calls("files.getUploadURLExternal").get(0).param("length"))
                .isEqualTo(String.valueOf(png.length));
        Call upload = slack.calls().stream()
                .filter(c -> c.path().startsWith("/upload/"))
                .findFirst()
                .orElseThrow();
        assertThat(upload.body()).contains("fake png bytes");
        Call complete = slack.calls("files.completeUploadExternal").get(0);
        assertThat(complete.param("channel_id")).isEqualTo("C0SALES");
        assertThat(complete.param("files")).contains("F0FILE").contains("Team ranking");
    }

    @Test
    void aReplyWithAChartPostsTheTextThenUploadsTheImageIntoTheSameThread() {
        byte[] png = "fake chart bytes".getBytes(StandardCharsets.UTF_8);

        outbound.post(
                "C0SALES",
                "1764208800.000100",
                Reply.text("团队销售额排行").with(new Block.Image("团队销售额排行", "ranking.png", png)));

        assertThat(slack.calls("chat.postMessage").get(0).param("text")).isEqualTo("团队销售额排行");
        assertThat(slack.calls("files.getUploadURLExternal").get(0).param("filename"))
                .isEqualTo("ranking.png");
        assertThat(slack.calls().stream()
                        .filter(c -> c.path().startsWith("/upload/"))
                        .findFirst()
                        .orElseThrow()
                        .body())
                .contains("fake chart bytes");
        Call complete = slack.calls("files.completeUploadExternal").get(0);
        assertThat(complete.param("channel_id")).isEqualTo("C0SALES");
        assertThat(complete.param("thread_ts")).isEqualTo("1764208800.000100");
        assertThat(complete.param("files")).contains("团队销售额排行");
    }

    @Test
    void aReplyWithAnExportUploadsTheCsvFileIntoTheSameThread() {
        byte[] csv = "\uFEFF日期,销售\r\n".getBytes(StandardCharsets.UTF_8);

        outbound.post(
                "C0SALES",
                "1764208800.000100",
                Reply.text("已导出").with(new Block.Attachment("拜访记录", "visits-west.csv", "text/csv", csv)));

        assertThat(slack.calls("files.getUploadURLExternal").get(0).param("filename"))
                .isEqualTo("visits-west.csv");
        assertThat(slack.calls().stream()
                        .filter(c -> c.path().startsWith("/upload/"))
                        .findFirst()
                        .orElseThrow()
                        .body())
                .contains("日期,销售");
        Call complete = slack.calls("files.completeUploadExternal").get(0);
        assertThat(complete.param("thread_ts")).isEqualTo("1764208800.000100");
        assertThat(complete.param("files")).contains("拜访记录");
    }

    @Test
    void anIdentityFromAnotherPlatformIsRefused() {
        assertThatThrownBy(() -> outbound.sendDirect("discord:80351110224678912", Reply.text("hi")))
                .isInstanceOf(DeliveryFailedException.class);
        assertThat(slack.calls()).isEmpty();
        assertThat(List.of(outbound.platform())).containsExactly("slack");
    }
}
