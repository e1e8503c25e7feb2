package com.salesbot.core.deal;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.customer.CustomerMatcher;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.money.AmountReader;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.Confirmations;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moves the speaker's own deal with a customer to a stage ("move Acme to negotiation", "华为技术改成赢单"),
 * starting the deal on its first move. A retried message moves nothing; undo takes the move back.
 */
public final class UpdateDealSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.UPDATE_DEAL,
            List.of("move Acme Corp to negotiation"),
            List.of("华为技术改成赢单"),
            List.of(Entities.CUSTOMER, Entities.STAGE),
            Role.REP,
            SideEffect.WRITES);

    /** Two deliveries racing on one deal: the loser re-reads and then sees the move is already there. */
    private static final int ATTEMPTS = 3;

    private final DealStore deals;
    private final CustomerRecords records;

    public UpdateDealSkill(DealStore deals, CustomerRecords records) {
        this.deals = deals;
        this.records = records;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Entities e = ctx.entities();
        Optional<DealStage> stage = e.text(Entities.STAGE).flatMap(DealStage::fromCode);
        if (stage.isEmpty()) {
            return ctx.reply("deal.unknown_stage", e.text(Entities.STAGE).orElse(""));
        }
        Money amount = null;
        Optional<AmountReader.Reading> reading = AmountReader.read(e, ctx.team());
        if (reading.isPresent()) {
            if (!reading.get().valid()) {
                return ctx.reply(
                        reading.get().problemKey(), reading.get().problemArgs().toArray());
            }
            amount = reading.get().inTeamCurrency();
        }
        String typed = e.customer().orElseThrow();
        List<List<String>> matches = CustomerMatcher.match(typed, ownCustomers(ctx));
        if (matches.size() > 1) {
            return choose(ctx, matches, stage.get());
        }
        String customer = matches.isEmpty() ? typed : matches.get(0).get(0);
        StageEntry entry = new StageEntry(
                stage.get(), ctx.source().writtenAt(), ctx.source().messageKey(), amount, false);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Deal current = deals.find(Deal.idOf(ctx.speaker().id(), customer))
                    .orElseGet(() -> Deal.start(ctx.speaker().id(), ctx.team().id(), customer));
            if (current.movedBy(entry.messageKey())) {
                return ctx.reply("entry.already_saved");
            }
            Optional<DealStage> before = current.stage();
            if (before.equals(stage) && amount == null) {
                return ctx.reply(
                        "deal.same_stage",
                        current.customer(),
                        ctx.say(stage.get().messageKey()));
            }
            if (deals.save(current.moved(entry))) {
                return Confirmations.withUndo(ctx, confirmation(ctx, current, entry));
            }
        }
        return ctx.reply("deal.busy");
    }

    /** Names the speaker has already used (deals, visits, sales), so a typo finds the existing deal. */
    private Set<String> ownCustomers(SkillContext ctx) {
        Set<String> names = new LinkedHashSet<>();
        deals.ownedBy(ctx.speaker().id()).stream().filter(Deal::exists).forEach(d -> names.add(d.customer()));
        names.addAll(
                records.customers(new RecordScope(ctx.team().id(), ctx.speaker().id())));
        return names;
    }

    private Reply choose(SkillContext ctx, List<List<String>> matches, DealStage stage) {
        List<Block.Choice> choices = matches.stream()
                .map(names -> names.get(0))
                .map(name -> new Block.Choice(name, command(name, stage)))
                .toList();
        return ctx.reply("deal.which_customer", ctx.entities().customer().orElse(""))
                .with(new Block.Choices(choices));
    }

    /** The message a choice sends: a plain move the NLU reads as update_deal in either language. */
    static String command(String customer, DealStage stage) {
        return "move " + customer + " to " + stage.code();
    }

    private String confirmation(SkillContext ctx, Deal before, StageEntry entry) {
        String stage = ctx.say(entry.stage().messageKey());
        StringBuilder text = new StringBuilder();
        Optional<DealStage> previous = before.stage();
        if (previous.isEmpty()) {
            text.append(ctx.say("deal.started", before.customer(), stage));
        } else {
            Instant since = before.stageSince().orElseThrow();
            Duration spent = Duration.between(since, entry.enteredAt());
            text.append(ctx.say(
                    "deal.moved",
                    before.customer(),
                    stage,
                    ctx.say(previous.get().messageKey()),
                    StageTime.say(ctx, spent)));
        }
        if (entry.amount() != null) {
            text.append(ctx.sentences("", ctx.say("deal.amount", entry.amount().display())));
        }
        return text.toString();
    }
}
