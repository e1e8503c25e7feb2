package com.salesbot.core.skill;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import java.util.List;

/** The standard confirmation of a write: the text plus an Undo choice the adapters turn into a button. */
public final class Confirmations {
    private Confirmations() {}

    /** A confirmation reply offering to take the entry back. */
    public static Reply withUndo(SkillContext context, String text) {
        return Reply.text(text).with(new Block.Choices(List.of(new Block.Choice(context.say("choice.undo"), "undo"))));
    }
}
