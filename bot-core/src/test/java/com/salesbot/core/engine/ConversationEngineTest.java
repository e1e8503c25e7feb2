package com.salesbot.core.engine;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.DatabaseSwitch;
import com.salesbot.core.fakes.ScriptedIntentParser;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {
    private static final String NOTHING_SAVED_EN =
            "Sorry, I couldn't reach the database, so nothing was saved. Please try again in a minute.";
    private static final String NOTHING_SAVED_ZH = "抱歉，暂时连不上数据库，这条没有保存。请稍后再试一次。";

    private final TestWorld world = TestWorld.create();

    @Test
    void secondDeliveryOfTheSameMessageGetsNoReplyAndNoSecondWrite() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        ChatMessage message = world.message(world.alice(), "visited Acme");

        List<Reply> first = world.deliver(message);
        List<Reply> second = world.deliver(message);

        assertThat(first).singleElement().satisfies(r -> assertThat(r.text()).startsWith("Logged your visit to Acme"));
        assertThat(second).isEmpty();
        assertThat(world.visits().all()).hasSize(1);
        assertThat(world.processed().handled()).containsOnlyKeys("slack:TWEST:CSALES:" + message.messageId());
    }

    @Test
    void undoTakesBackTheLatestEntryEvenWhenTheClockStoodStill() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        world.parser()
                .on(
                        "sold 5k to Globex",
                        Intent.LOG_SALE,
                        entities("customer", "Globex", "amount", new java.math.BigDecimal("5000")));
        world.parser().on("undo", Intent.UNDO, Entities.none());

        world.send(world.alice(), "visited Acme");
        world.send(world.alice(), "sold 5k to Globex");
        List<Reply> undo = world.send(world.alice(), "undo");

        assertThat(undo).singleElement().satisfies(r -> assertThat(r.text()).startsWith("Undone: your sale"));
    }

    @Test
    void sameTextInANewMessageIsANewEntry() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));

        world.send(world.alice(), "visited Acme");
        world.send(world.alice(), "visited Acme");

        assertThat(world.visits().all()).hasSize(2);
    }

    @Test
    void emptyMessageGetsAClearReplyWithoutParsing() {
        Reply reply = TestWorld.only(world.send(world.alice(), "   \n "));

        assertThat(reply.text()).isEqualTo("Your message was empty. Say \"help\" to see what I can do.");
        assertThat(world.parser().lastNow()).isEmpty();
    }

    @Test
    void overlongMessageGetsAClearReplyInItsLanguage() {
        Reply en = TestWorld.only(world.send(world.alice(), "a".repeat(40_001)));
        Reply zh = TestWorld.only(world.send(world.bob(), "好".repeat(40_001)));

        assertThat(en.text())
                .isEqualTo("That message is too long for me (over 40000 characters). Please send something shorter.");
        assertThat(zh.text()).isEqualTo("这条消息太长了（超过 40000 个字符），请发短一点。");
        assertThat(world.parser().lastNow()).isEmpty();
    }

    @Test
    void messageOfExactlyTheLimitIsRead() {
        Reply reply = TestWorld.only(world.send(world.alice(), "a".repeat(40_000)));

        assertThat(reply.text()).startsWith("Sorry, I didn't get that.");
    }

    @Test
    void databaseDownSaysNothingWasSavedAndTheSameMessageWorksLater() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        world.parser().on("今天拜访了华为技术", Intent.LOG_VISIT, entities("customer", "华为技术"));
        ChatMessage en = world.message(world.alice(), "visited Acme");
        ChatMessage zh = world.message(world.bob(), "今天拜访了华为技术");

        world.database().goDown();
        assertThat(world.deliver(en)).extracting(Reply::text).containsExactly(NOTHING_SAVED_EN);
        assertThat(world.deliver(zh)).extracting(Reply::text).containsExactly(NOTHING_SAVED_ZH);
        assertThat(world.processed().handled()).isEmpty();
        assertThat(world.visits().all()).isEmpty();

        world.database().comeBack();
        assertThat(world.deliver(en))
                .extracting(Reply::text)
                .singleElement()
                .asString()
                .startsWith("Logged your visit to Acme");
        assertThat(world.deliver(zh))
                .extracting(Reply::text)
                .singleElement()
                .asString()
                .startsWith("已记录你在");
        assertThat(world.visits().all()).hasSize(2);
        assertThat(world.processed().handled()).hasSize(2);
    }

    @Test
    void databaseFailingDuringTheWriteClaimsNothing() {
        AtomicReference<DatabaseSwitch> database = new AtomicReference<>();
        ScriptedIntentParser script = new ScriptedIntentParser()
                .on("closed 5k with Globex", Intent.LOG_SALE, entities("customer", "Globex", "amount", 5000));
        TestWorld flaky = TestWorld.builder()
                .parser((text, now) -> {
                    database.get().goDown(); // the speaker was found; the write is next
                    return script.parse(text, now);
                })
                .build();
        database.set(flaky.database());

        ChatMessage message = flaky.message(flaky.alice(), "closed 5k with Globex");
        assertThat(flaky.deliver(message)).extracting(Reply::text).containsExactly(NOTHING_SAVED_EN);

        assertThat(flaky.sales().all()).isEmpty();
        assertThat(flaky.processed().handled()).isEmpty();
    }

    @Test
    void missingRequiredEntityGetsTheSkillsOwnQuestion() {
        Reply en = world.tell(world.alice(), "log a visit", Intent.LOG_VISIT);
        Reply zh = world.tell(world.bob(), "记一下拜访", Intent.LOG_VISIT);

        assertThat(en.text()).isEqualTo("Which customer did you visit? For example: \"visited Acme today\".");
        assertThat(zh.text()).isEqualTo("你拜访的是哪个客户？例如：“今天拜访了华为技术”。");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void missingEntityWithoutASkillSpecificQuestionGetsTheGenericOne() {
        TestWorld custom =
                TestWorld.builder().extraSkill(new CustomerInfoStub()).build();

        Reply en = custom.tell(custom.alice(), "tell me about a customer", Intent.CUSTOMER_INFO);
        Reply zh = custom.tell(custom.bob(), "查一下客户", Intent.CUSTOMER_INFO);
        Reply answered =
                custom.tell(custom.alice(), "tell me about Acme", Intent.CUSTOMER_INFO, entities("customer", "Acme"));

        assertThat(en.text()).isEqualTo("Which customer?");
        assertThat(zh.text()).isEqualTo("是哪个客户？");
        assertThat(answered.text()).isEqualTo("info about Acme");
    }

    @Test
    void roleIsCheckedBeforeMissingEntities() {
        Reply reply = world.tell(world.alice(), "set a target", Intent.SET_TARGET);

        assertThat(reply.text()).isEqualTo("Sorry, only a manager can do that.");
    }

    @Test
    void unknownSenderBecomesARepInAnOpenWorkspace() {
        TestWorld open = TestWorld.builder().openWorkspace(true).build();
        open.parser().on("hello", Intent.SMALLTALK, Entities.none());

        Reply reply = TestWorld.only(open.deliver(open.messageFrom("UNEW", "Nina", "hello")));
        open.deliver(open.messageFrom("UNEW", "Nina", "hello"));

        assertThat(reply.text()).startsWith("Hi Nina!");
        Person nina = open.directory().peek(new PersonId("slack:TWEST/UNEW")).orElseThrow();
        assertThat(nina.role()).isEqualTo(Role.REP);
        assertThat(nina.teamId()).isEqualTo("west");
        assertThat(nina.identities()).containsExactly("slack:TWEST/UNEW");
        assertThat(open.directory().everyone()).hasSize(5);
    }

    @Test
    void newcomerWithoutADisplayNameIsCalledByTheirId() {
        TestWorld open = TestWorld.builder().openWorkspace(true).build();
        open.parser().on("你好", Intent.SMALLTALK, Entities.none());

        Reply reply = TestWorld.only(open.deliver(open.messageFrom("UNAMELESS", " ", "你好")));

        assertThat(reply.text()).startsWith("你好，UNAMELESS！");
        assertThat(open.directory()
                        .peek(new PersonId("slack:TWEST/UNAMELESS"))
                        .orElseThrow()
                        .lang())
                .isEqualTo(Lang.ZH);
    }

    @Test
    void unknownSenderIsRefusedInAClosedWorkspace() {
        world.parser().on("hello", Intent.SMALLTALK, Entities.none());

        Reply en = TestWorld.only(world.deliver(world.messageFrom("USTRANGER", "Sam", "hello")));
        Reply zh = TestWorld.only(world.deliver(world.messageFrom("USTRANGER", "Sam", "今天拜访了华为")));

        assertThat(en.text()).isEqualTo("I don't know you yet. Please ask your manager to add you to a team.");
        assertThat(zh.text()).isEqualTo("我还不认识你。请让你的经理把你加入团队。");
        assertThat(world.directory().everyone()).hasSize(4);
    }

    @Test
    void repliesInTheLanguageTheParserReports() {
        Reply zh = world.tell(world.alice(), "hello", Intent.SMALLTALK, Entities.none(), Lang.ZH);
        Reply en = world.tell(world.bob(), "你好呀", Intent.SMALLTALK, Entities.none(), Lang.EN);

        assertThat(zh.text()).startsWith("你好，Alice！");
        assertThat(en.text()).startsWith("Hi Bob!");
    }

    @Test
    void parserGetsTheSpeakersLocalTime() {
        world.send(world.alice(), "anything");

        ZonedDateTime now = world.parser().lastNow().orElseThrow();
        assertThat(now.getZone()).isEqualTo(TestWorld.ZONE);
        assertThat(now.toLocalDateTime()).isEqualTo(TestWorld.NOW);
    }

    @Test
    void skillSeesTheMessageTextSpeakerAndSource() {
        AtomicReference<SkillContext> seen = new AtomicReference<>();
        TestWorld custom = TestWorld.builder()
                .extraSkill(new Skill() {
                    @Override
                    public SkillSpec spec() {
                        return new SkillSpec(
                                Intent.LOG_COMPETITOR, List.of(), List.of(), List.of(), Role.REP, SideEffect.READS);
                    }

                    @Override
                    public Reply handle(SkillContext context) {
                        seen.set(context);
                        return Reply.text("ok");
                    }
                })
                .build();
        custom.parser()
                .on("BetaSoft was at Acme", new ParsedMessage(Intent.LOG_COMPETITOR, 0.9, Lang.EN, Entities.none()));

        ChatMessage message = custom.message(custom.carol(), "  BetaSoft was at Acme  ");
        custom.deliver(message);

        SkillContext context = seen.get();
        assertThat(context.text()).isEqualTo("BetaSoft was at Acme");
        assertThat(context.speaker()).isEqualTo(custom.carol());
        assertThat(context.team()).isEqualTo(custom.team());
        assertThat(context.today()).isEqualTo(TestWorld.TODAY);
        assertThat(context.source().author()).isEqualTo(custom.carol().id());
        assertThat(context.source().messageKey()).isEqualTo(message.messageKey());
        assertThat(context.skills()).hasSize(custom.catalog().specs().size());
    }

    /** A stand-in skill with a required entity that has no skill-specific question. */
    private static final class CustomerInfoStub implements Skill {
        @Override
        public SkillSpec spec() {
            return new SkillSpec(
                    Intent.CUSTOMER_INFO,
                    List.of("tell me about Acme"),
                    List.of("查一下华为"),
                    List.of(Entities.CUSTOMER),
                    Role.REP,
                    SideEffect.READS);
        }

        @Override
        public Reply handle(SkillContext context) {
            return Reply.text("info about " + context.entities().customer().orElseThrow());
        }
    }
}
