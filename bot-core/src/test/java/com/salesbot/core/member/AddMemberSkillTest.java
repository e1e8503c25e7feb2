package com.salesbot.core.member;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AddMemberSkillTest {
    private final TestWorld world = TestWorld.create();
    private Person erin;
    private Person frank;

    @BeforeEach
    void anotherTeam() {
        world.addTeam("east", "East", "USD");
        erin = world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);
        frank = world.addPerson("frank", "Frank", Role.MANAGER, "east", Lang.ZH);
    }

    @Test
    void managerAddsAKnownPersonToTheirTeam() {
        Reply reply = world.tell(
                world.carol(), "add <@UERIN> to my team", Intent.ADD_MEMBER, entities("persons", new String[] {"UERIN"
                }));

        assertThat(reply.text()).isEqualTo("Added Erin to West.");
        assertThat(teamOf(erin)).isEqualTo("west");
        assertThat(world.directory().members("west"))
                .extracting(Person::displayName)
                .contains("Erin");
    }

    @Test
    void addsInChinese() {
        Reply reply = world.tell(
                world.carol(), "把<@UERIN>加入我的团队", Intent.ADD_MEMBER, entities("persons", new String[] {"UERIN"}));

        assertThat(reply.text()).isEqualTo("已把 Erin 加入 West。");
        assertThat(teamOf(erin)).isEqualTo("west");
    }

    @Test
    void unknownPersonMeansNobodyIsMoved() {
        Reply en = world.tell(
                world.carol(), "add erin and zed", Intent.ADD_MEMBER, entities("persons", new String[] {"UERIN", "Zed"
                }));
        Reply zh = world.tell(world.carol(), "把小张加入我的团队", Intent.ADD_MEMBER, entities("persons", new String[] {"小张"}));

        assertThat(en.text())
                .isEqualTo("I don't know \"Zed\" yet. Ask them to send me a message first, then add them again.");
        assertThat(zh.text()).isEqualTo("我还不认识“小张”。请先让他给我发一条消息，然后再添加。");
        assertThat(teamOf(erin)).isEqualTo("east");
    }

    @Test
    void managerCannotTakeAnotherManagerButAnAdminCan() {
        Reply manager =
                world.tell(world.carol(), "add frank", Intent.ADD_MEMBER, entities("persons", new String[] {"UFRANK"}));
        assertThat(manager.text()).isEqualTo("Frank is a manager too; only an admin can move them.");
        assertThat(teamOf(frank)).isEqualTo("east");

        Reply admin = world.tell(
                world.admin(), "add frank to West", Intent.ADD_MEMBER, entities("persons", new String[] {"UFRANK"}));
        assertThat(admin.text()).isEqualTo("Added Frank to West.");
        assertThat(teamOf(frank)).isEqualTo("west");
    }

    @Test
    void repCannotAddMembers() {
        Reply en = world.tell(
                world.alice(), "add erin to my team", Intent.ADD_MEMBER, entities("persons", new String[] {"UERIN"}));
        Reply zh = world.tell(world.bob(), "把Erin加入团队", Intent.ADD_MEMBER, entities("persons", new String[] {"UERIN"}));

        assertThat(en.text()).isEqualTo("Sorry, only a manager can do that.");
        assertThat(zh.text()).isEqualTo("抱歉，只有经理可以这样做。");
        assertThat(teamOf(erin)).isEqualTo("east");
    }

    @Test
    void missingPersonIsAskedFor() {
        Reply reply = world.tell(world.carol(), "add someone to my team", Intent.ADD_MEMBER);

        assertThat(reply.text()).isEqualTo("Who should join your team? Mention them or write their names.");
    }

    private String teamOf(Person person) {
        return world.directory().peek(person.id()).orElseThrow().teamId();
    }
}
