package com.salesbot.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reaction;
import com.salesbot.core.conversation.ReactionHandler.Answer;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.people.Person;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReactionKudosTest {
    private final TestWorld world = TestWorld.create();

    private Reaction trophy(Person reactor, Person author, String messageId) {
        return reaction(reactor, author, messageId, "trophy");
    }

    private Reaction reaction(Person reactor, Person author, String messageId, String emoji) {
        return new Reaction(
                TestWorld.PLATFORM,
                TestWorld.WORKSPACE,
                TestWorld.CHANNEL,
                messageId,
                TestWorld.userIdOf(reactor.id().value()),
                reactor.displayName(),
                TestWorld.userIdOf(author.id().value()),
                author.displayName(),
                emoji,
                world.clock().instant());
    }

    private long bobsKudosThisMonth() {
        return world.recognitions().receivedBy(world.bob().id(), Period.monthOf(TestWorld.TODAY));
    }

    @Test
    void aTrophyOnAColleaguesMessageGivesTheAuthorKudosAnnouncedPublicly() {
        Optional<Answer> answer = world.reactions().react(trophy(world.alice(), world.bob(), "1764208800.000100"));

        assertThat(answer).isPresent();
        assertThat(answer.get().onlyForReactor()).isFalse();
        assertThat(answer.get().reply().text()).isEqualTo("🏆 Kudos from Alice to Bob!\nBob: 1 kudos this month.");
        Kudos stored = world.recognitions().all().get(0);
        assertThat(stored.giver()).isEqualTo(world.alice().id());
        assertThat(stored.recipients())
                .containsExactly(new Kudos.Recipient(world.bob().id(), TestWorld.TEAM_ID));
        assertThat(world.announced()).containsExactly(answer.get().reply());
    }

    @Test
    void aChineseSpeakerIsAnsweredInChinese() {
        Optional<Answer> answer = world.reactions().react(trophy(world.bob(), world.alice(), "1764208800.000200"));

        assertThat(answer.orElseThrow().reply().text()).isEqualTo("🏆 Bob 为 Alice 点赞！\nAlice 本月获赞 1 次。");
    }

    @Test
    void theSameReactionDeliveredTwiceOrRemovedAndAddedAgainCountsOnce() {
        Reaction first = trophy(world.alice(), world.bob(), "1764208800.000300");

        assertThat(world.reactions().react(first)).isPresent();
        assertThat(world.reactions().react(first)).isEmpty();
        // Removed and added again: a new event about the same reactor and message.
        assertThat(world.reactions().react(trophy(world.alice(), world.bob(), "1764208800.000300")))
                .isEmpty();

        assertThat(bobsKudosThisMonth()).isEqualTo(1);
        assertThat(world.announced()).hasSize(1);
    }

    @Test
    void evenWhenTheDeliveryRecordIsGoneTheStoreStillRefusesASecondCopySilently() {
        Reaction first = trophy(world.alice(), world.bob(), "1764208800.000350");
        world.reactions().react(first);
        world.processed().forget(first.key());

        assertThat(world.reactions().react(first)).isEmpty();
        assertThat(bobsKudosThisMonth()).isEqualTo(1);
    }

    @Test
    void twoColleaguesReactingToOneMessageGiveTwoKudos() {
        world.reactions().react(trophy(world.alice(), world.bob(), "1764208800.000400"));
        world.reactions().react(trophy(world.carol(), world.bob(), "1764208800.000400"));

        assertThat(bobsKudosThisMonth()).isEqualTo(2);
    }

    @Test
    void reactingToOnesOwnMessageGivesNothingAndSaysNothing() {
        assertThat(world.reactions().react(trophy(world.alice(), world.alice(), "1764208800.000500")))
                .isEmpty();
        assertThat(world.recognitions().all()).isEmpty();
    }

    @Test
    void otherEmojiMeanNothing() {
        assertThat(world.reactions().react(reaction(world.alice(), world.bob(), "1764208800.000600", "thumbsup")))
                .isEmpty();
        assertThat(world.recognitions().all()).isEmpty();
    }

    @Test
    void theDailyCapAppliesAndTheRefusalGoesToTheReactorAlone() {
        TestWorld capped =
                TestWorld.builder().kudos(new KudosSettings(1, Map.of())).build();
        Reaction one = new Reaction(
                "slack",
                "TWEST",
                "CSALES",
                "1.1",
                "UALICE",
                "Alice",
                "UBOB",
                "Bob",
                ":trophy:",
                capped.clock().instant());
        Reaction two = new Reaction(
                "slack",
                "TWEST",
                "CSALES",
                "1.2",
                "UALICE",
                "Alice",
                "UCAROL",
                "Carol",
                "trophy",
                capped.clock().instant());

        assertThat(capped.reactions().react(one).orElseThrow().onlyForReactor()).isFalse();
        Answer refused = capped.reactions().react(two).orElseThrow();

        assertThat(refused.onlyForReactor()).isTrue();
        assertThat(refused.reply().text()).startsWith("You can give 1 kudos a day and have 0 left today");
        assertThat(capped.recognitions().all()).hasSize(1);
    }

    @Test
    void aConfiguredReactionReplacesTheTrophy() {
        TestWorld clapping = TestWorld.builder()
                .kudosReaction(new KudosReaction("👏", "clap"))
                .build();
        Reaction trophy = new Reaction(
                "discord",
                "",
                "C1",
                "42",
                "ALICE",
                "Alice",
                "BOB",
                "Bob",
                "🏆",
                clapping.clock().instant());
        Reaction clap = new Reaction(
                "slack",
                "TWEST",
                "CSALES",
                "43",
                "UALICE",
                "Alice",
                "UBOB",
                "Bob",
                "clap",
                clapping.clock().instant());

        assertThat(clapping.reactions().react(trophy)).isEmpty();
        assertThat(clapping.reactions().react(clap)).isPresent();
    }

    @Test
    void anAuthorTheClosedWorkspaceDoesNotKnowIsExplainedToTheReactorOnly() {
        Reaction toStranger = new Reaction(
                "slack",
                "TWEST",
                "CSALES",
                "1.3",
                "UALICE",
                "Alice",
                "USTRANGER",
                null,
                "trophy",
                world.clock().instant());

        Answer answer = world.reactions().react(toStranger).orElseThrow();

        assertThat(answer.onlyForReactor()).isTrue();
        assertThat(answer.reply().text()).startsWith("I don't know who wrote that message");
        assertThat(world.recognitions().all()).isEmpty();
    }

    @Test
    void inAnOpenWorkspaceANewAuthorIsRegisteredAndThanked() {
        TestWorld open = TestWorld.builder().openWorkspace(true).build();
        Reaction toNewcomer = new Reaction(
                "slack",
                "TWEST",
                "CSALES",
                "1.4",
                "UALICE",
                "Alice",
                "UNEW",
                "Nia",
                "trophy",
                open.clock().instant());

        Answer answer = open.reactions().react(toNewcomer).orElseThrow();

        assertThat(answer.reply().text()).startsWith("🏆 Kudos from Alice to Nia!");
        assertThat(open.recognitions().receivedBy(new PersonId("slack:TWEST/UNEW"), Period.monthOf(TestWorld.TODAY)))
                .isEqualTo(1);
    }

    @Test
    void aReactionInTheRecognitionChannelIsNotPostedThereASecondTime() {
        TestWorld withChannel =
                TestWorld.builder().recognitionChannel(TestWorld.CHANNEL).build();
        Reaction inChannel = new Reaction(
                "slack",
                "TWEST",
                TestWorld.CHANNEL,
                "1.5",
                "UALICE",
                "Alice",
                "UBOB",
                "Bob",
                "trophy",
                withChannel.clock().instant());

        assertThat(withChannel.reactions().react(inChannel)).isPresent();
        assertThat(withChannel.announced()).isEmpty();
    }
}
