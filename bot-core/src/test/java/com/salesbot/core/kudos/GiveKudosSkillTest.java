package com.salesbot.core.kudos;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GiveKudosSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void storesGiverRecipientsAndReasonAndAnnouncesThemPublicly() {
        Reply reply = world.tell(
                world.alice(),
                "kudos <@UBOB> for landing Initech!",
                Intent.GIVE_KUDOS,
                entities("persons", new String[] {"UBOB"}));

        assertThat(reply.text()).isEqualTo("🏆 Kudos from Alice to Bob for landing Initech!\nBob: 1 kudos this month.");
        Kudos stored = world.recognitions().all().get(0);
        assertThat(stored.giver()).isEqualTo(world.alice().id());
        assertThat(stored.recipients())
                .containsExactly(new Kudos.Recipient(world.bob().id(), TestWorld.TEAM_ID));
        assertThat(stored.reason()).isEqualTo("landing Initech");
        assertThat(stored.date()).isEqualTo(TODAY);
        assertThat(world.announced()).containsExactly(reply);
    }

    @Test
    void givesKudosInChineseWithANameWrittenAfterTheAtSign() {
        Person wang = world.addPerson("wanglei", "王磊", Role.REP, TestWorld.TEAM_ID, Lang.ZH);

        Reply reply =
                world.tell(world.bob(), "感谢 @王磊 帮我搞定报价", Intent.GIVE_KUDOS, entities("persons", new String[] {"王磊"}));

        assertThat(reply.text()).isEqualTo("🏆 Bob 为 王磊 点赞：帮我搞定报价！\n王磊 本月获赞 1 次。");
        assertThat(world.recognitions().receivedBy(wang.id(), com.salesbot.core.kernel.Period.monthOf(TODAY)))
                .isEqualTo(1);
    }

    @Test
    void discordMentionsFindPeopleByTheirDiscordIdentity() {
        Person eve = new Person(
                new PersonId("eve"),
                "Eve",
                TestWorld.TEAM_ID,
                Role.REP,
                TestWorld.ZONE,
                Lang.EN,
                List.of("discord:80351110224678912"));
        Person finn = new Person(
                new PersonId("finn"),
                "Finn",
                TestWorld.TEAM_ID,
                Role.REP,
                TestWorld.ZONE,
                Lang.EN,
                List.of("discord:11111111111111111"));
        world.directory().save(eve);
        world.directory().save(finn);
        String text = "kudos <@!80351110224678912> for the Initech renewal";
        world.parser().on(text, Intent.GIVE_KUDOS, entities("persons", new String[] {"80351110224678912"}));

        Reply reply = TestWorld.only(world.deliver(new ChatMessage(
                "discord",
                "",
                "C1",
                "11111111111111111",
                "Finn",
                text,
                "d1",
                world.clock().instant(),
                false)));

        assertThat(reply.text()).startsWith("🏆 Kudos from Finn to Eve for the Initech renewal!");
    }

    @Test
    void aBareWordTheParserTookForANameDoesNotBlockKudosToTheMentionedPerson() {
        Reply reply = world.tell(
                world.alice(), "kudos @Bob for landing Initech!", Intent.GIVE_KUDOS, entities("persons", new String[] {
                    "Bob", "Initech"
                }));

        assertThat(reply.text()).startsWith("🏆 Kudos from Alice to Bob for landing Initech!");
    }

    @Test
    void severalRecipientsEachGetOneAndShowTheirMonthCount() {
        world.tell(world.carol(), "kudos @Bob", Intent.GIVE_KUDOS, entities("persons", new String[] {"Bob"}));

        Reply reply = world.tell(
                world.alice(),
                "kudos @Bob and @Carol for the demo",
                Intent.GIVE_KUDOS,
                entities("persons", new String[] {"Bob", "Carol"}));

        assertThat(reply.text())
                .isEqualTo("🏆 Kudos from Alice to Bob, Carol for the demo!\n"
                        + "Bob: 2 kudos this month. Carol: 1 kudos this month.");
    }

    @Test
    void nobodyCanGiveKudosToThemselves() {
        Reply reply = world.tell(
                world.alice(), "kudos @Alice @Bob", Intent.GIVE_KUDOS, entities("persons", new String[] {"Alice", "Bob"
                }));

        assertThat(reply.text()).startsWith("Nice try!");
        assertThat(world.recognitions().all()).isEmpty();
        assertThat(world.announced()).isEmpty();
    }

    @Test
    void anUnknownNameGivesNothing() {
        Reply reply =
                world.tell(world.alice(), "kudos @Zed", Intent.GIVE_KUDOS, entities("persons", new String[] {"Zed"}));

        assertThat(reply.text())
                .isEqualTo("I don't know anyone called \"Zed\", so no kudos were given. Mention them with @.");
        assertThat(world.recognitions().all()).isEmpty();
    }

    @Test
    void theDailyCapCountsRecipientsAndResetsTheNextDay() {
        TestWorld capped = TestWorld.builder()
                .kudos(new KudosSettings(5, Map.of(TestWorld.TEAM_ID, 2)))
                .build();
        capped.tell(capped.alice(), "kudos @Bob", Intent.GIVE_KUDOS, entities("persons", new String[] {"Bob"}));

        Reply refused = capped.tell(
                capped.alice(), "kudos @Bob @Carol", Intent.GIVE_KUDOS, entities("persons", new String[] {"Bob", "Carol"
                }));
        Reply allowed = capped.tell(
                capped.alice(), "kudos @Carol", Intent.GIVE_KUDOS, entities("persons", new String[] {"Carol"}));
        Reply overCap = capped.tell(
                capped.alice(), "kudos @Dana", Intent.GIVE_KUDOS, entities("persons", new String[] {"Dana"}));
        capped.advance(Duration.ofDays(1));
        Reply tomorrow = capped.tell(
                capped.alice(), "kudos @Dana again", Intent.GIVE_KUDOS, entities("persons", new String[] {"Dana"}));

        assertThat(refused.text())
                .isEqualTo(
                        "You can give 2 kudos a day and have 1 left today, so nothing was given. Try again tomorrow.");
        assertThat(allowed.text()).startsWith("🏆");
        assertThat(overCap.text()).contains("have 0 left today");
        assertThat(tomorrow.text()).startsWith("🏆");
        assertThat(capped.recognitions().all()).hasSize(3);
    }

    @Test
    void aSecondDeliveryOfTheSameMessageStoresNothingMore() {
        String text = "kudos @Bob for the save";
        world.parser().on(text, Intent.GIVE_KUDOS, entities("persons", new String[] {"Bob"}));
        ChatMessage message = world.message(world.alice(), text);
        KudosSettings unused = KudosSettings.defaults();

        world.deliver(message);
        List<Reply> again = world.deliver(message);
        Reply direct = world.skill(Intent.GIVE_KUDOS)
                .handle(world.context(world.alice(), text, entities("persons", new String[] {"Bob"})));
        Reply repeated = world.skill(Intent.GIVE_KUDOS)
                .handle(world.context(world.alice(), text, entities("persons", new String[] {"Bob"})));

        assertThat(again).isEmpty();
        assertThat(direct.text()).startsWith("🏆");
        assertThat(repeated.text()).startsWith("🏆");
        assertThat(world.recognitions().all()).hasSize(3);
        assertThat(unused.dailyCap("any")).isEqualTo(5);
    }

    @Test
    void undoTakesBackTheLatestKudosAndItStopsCounting() {
        world.tell(
                world.alice(), "kudos @Bob for the demo", Intent.GIVE_KUDOS, entities("persons", new String[] {"Bob"}));

        Reply undone = world.tell(world.alice(), "undo", Intent.UNDO);
        Reply ranking =
                world.tell(world.alice(), "kudos leaderboard", Intent.TEAM_RANKING, entities("metric", "kudos"));

        assertThat(undone.text()).isEqualTo("Undone: your kudos (the demo). It no longer counts.");
        assertThat(ranking.text()).startsWith("No kudos logged by the team");
    }

    @Test
    void kudosRankAsAMetricForTheMonth() {
        world.tell(world.alice(), "kudos @Bob", Intent.GIVE_KUDOS, entities("persons", new String[] {"Bob"}));
        world.tell(world.carol(), "kudos @Bob", Intent.GIVE_KUDOS, entities("persons", new String[] {"Bob"}));
        world.tell(world.bob(), "kudos @Alice", Intent.GIVE_KUDOS, entities("persons", new String[] {"Alice"}));

        Reply reply = world.tell(
                world.alice(), "kudos leaderboard this month", Intent.TEAM_RANKING, entities("metric", "kudos"));

        assertThat(reply.text())
                .isEqualTo("Team ranking by kudos, 2026-11-01 to 2026-11-30:\n"
                        + "1. Bob — 2\n"
                        + "2. Alice — 1\n"
                        + "You are #2 of 2.");
    }

    @Test
    void kudosGivenInTheRecognitionChannelItselfArePostedThereOnlyOnce() {
        TestWorld withChannel = TestWorld.builder().recognitionChannel("CKUDOS").build();
        String text = "kudos <@UBOB> for the demo";
        withChannel.parser().on(text, Intent.GIVE_KUDOS, entities("persons", new String[] {"UBOB"}));

        Reply reply = TestWorld.only(withChannel.deliver(withChannel.messageIn("CKUDOS", withChannel.alice(), text)));

        assertThat(reply.text()).startsWith("🏆 Kudos from Alice to Bob for the demo!");
        assertThat(withChannel.announced()).isEmpty();
    }

    @Test
    void kudosGivenInAnotherChannelAreAlsoPostedToTheRecognitionChannel() {
        TestWorld withChannel = TestWorld.builder().recognitionChannel("CKUDOS").build();
        String text = "kudos <@UBOB> for the demo";
        withChannel.parser().on(text, Intent.GIVE_KUDOS, entities("persons", new String[] {"UBOB"}));

        Reply reply = TestWorld.only(withChannel.deliver(withChannel.messageIn("CSALES", withChannel.alice(), text)));

        assertThat(withChannel.announced()).containsExactly(reply);
    }
}
