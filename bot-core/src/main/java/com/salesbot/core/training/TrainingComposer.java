package com.salesbot.core.training;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.people.Person;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderComposer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a scheduled tip or quiz when it is due, in each recipient's language; a quiz's options are
 * buttons whose values ("quiz #T1 answer 2") come back to {@link QuizAnswerSkill}.
 */
public final class TrainingComposer implements ReminderComposer {
    private final TrainingStore training;
    private final Messages messages;

    public TrainingComposer(TrainingStore training, Messages messages) {
        this.training = training;
        this.messages = messages;
    }

    @Override
    public Reminder.Kind kind() {
        return Reminder.Kind.TRAINING;
    }

    @Override
    public Optional<Reply> compose(Reminder reminder, Person recipient, Instant due) {
        return training.item(reminder.text()).map(item -> reply(item, recipient.lang()));
    }

    private Reply reply(TrainingItem item, Lang lang) {
        if (item.kind() == TrainingItem.Kind.TIP) {
            return Reply.text(messages.get(lang, "training.tip", item.text()));
        }
        StringBuilder text = new StringBuilder(messages.get(lang, "training.quiz", item.id(), item.text()));
        List<Block.Choice> choices = new ArrayList<>();
        String command = lang == Lang.ZH ? "测验 #" + item.id() + " 答案 " : "quiz #" + item.id() + " answer ";
        for (int i = 0; i < item.options().size(); i++) {
            String label = (i + 1) + ". " + item.options().get(i);
            text.append('\n').append(label);
            choices.add(new Block.Choice(label, command + (i + 1)));
        }
        return Reply.text(text.toString()).with(new Block.Choices(choices));
    }
}
