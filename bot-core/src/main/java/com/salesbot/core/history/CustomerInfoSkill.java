package com.salesbot.core.history;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.customer.CustomerKey;
import com.salesbot.core.customer.CustomerMatcher;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import com.salesbot.core.visit.Visit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's history as far as the asker may see it: visits, contacts, sales, deals and their stage,
 * last contact, open follow-ups and the owner. Reps see customers they visited, sold to or own;
 * managers their team's; admins all. A customer outside that scope is answered exactly like one that
 * does not exist, so the refusal reveals nothing.
 */
public final class CustomerInfoSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.CUSTOMER_INFO,
            List.of("tell me about Acme Corp"),
            List.of("华为技术的情况"),
            List.of(Entities.CUSTOMER),
            Role.REP,
            SideEffect.READS);

    /** Older visits are summarised by the count; the last few name their contacts. */
    private static final int CONTACTS_SHOWN = 5;

    private final CustomerRecords records;
    private final DealStore deals;
    private final Directory directory;

    public CustomerInfoSkill(CustomerRecords records, DealStore deals, Directory directory) {
        this.records = records;
        this.deals = deals;
        this.directory = directory;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        String typed = ctx.entities().customer().orElseThrow();
        RecordScope scope = RecordScope.of(ctx.speaker());
        Set<String> known = new LinkedHashSet<>(records.customers(scope));
        visibleDeals(ctx.speaker(), scope).forEach(d -> known.add(d.customer()));
        List<List<String>> matches = CustomerMatcher.match(typed, known);
        if (matches.isEmpty()) {
            return ctx.reply(ctx.speaker().role() == Role.REP ? "customer.not_found.rep" : "customer.not_found", typed);
        }
        if (matches.size() > 1) {
            List<Block.Choice> choices = matches.stream()
                    .map(names -> names.get(0))
                    .map(name -> new Block.Choice(name, ctx.say("customer.choice_command", name)))
                    .toList();
            return ctx.reply("customer.which", typed).with(new Block.Choices(choices));
        }
        List<String> names = matches.get(0);
        String key = CustomerKey.of(names.get(0));
        List<Visit> visits = records.visits(scope, names);
        List<Sale> sales = records.sales(scope, names);
        List<Deal> customerDeals = deals.withCustomerKey(key).stream()
                .filter(d -> d.exists() && scope.includes(d.owner(), d.teamId()))
                .toList();
        return Reply.text(describe(ctx, names.get(0), visits, sales, customerDeals));
    }

    private List<Deal> visibleDeals(Person viewer, RecordScope scope) {
        if (viewer.role() == Role.REP) {
            return deals.ownedBy(viewer.id());
        }
        return scope.team().map(deals::ofTeam).orElseGet(() -> deals.ofTeam(viewer.teamId()));
    }

    private String describe(SkillContext ctx, String name, List<Visit> visits, List<Sale> sales, List<Deal> deals) {
        List<String> lines = new ArrayList<>();
        lines.add(ctx.say(
                "customer.head",
                name,
                owner(visits, sales, deals).map(this::nameOf).orElse("—")));
        Optional<LocalDate> lastContact = lastContact(visits, sales);
        if (visits.isEmpty()) {
            lines.add(ctx.say("customer.visits.none"));
        } else {
            Visit last = visits.get(visits.size() - 1);
            lines.add(ctx.say("customer.visits", visits.size(), last.date(), nameOf(last.rep())));
        }
        lastContact.ifPresent(day -> lines.add(ctx.say("customer.last_contact", day)));
        List<String> contacts = visits.stream()
                .sorted(Comparator.comparing(Visit::date).reversed())
                .map(Visit::contact)
                .filter(Objects::nonNull)
                .distinct()
                .limit(CONTACTS_SHOWN)
                .toList();
        if (!contacts.isEmpty()) {
            lines.add(ctx.say("customer.contacts", String.join(separator(ctx), contacts)));
        }
        if (!sales.isEmpty()) {
            Money total = sales.stream().map(Sale::amount).reduce(Money::plus).orElseThrow();
            lines.add(ctx.say(
                    "customer.sales",
                    sales.size(),
                    total.display(),
                    sales.get(sales.size() - 1).date()));
        }
        ZoneId zone = ctx.speaker().zone();
        for (Deal deal : deals) {
            String amount = deal.amount()
                    .map(m -> ctx.say("customer.deal.amount", m.display()))
                    .orElse("");
            lines.add(ctx.say(
                    "customer.deal",
                    nameOf(deal.owner()),
                    ctx.say(deal.stage().orElseThrow().messageKey()),
                    deal.stageSince().orElseThrow().atZone(zone).toLocalDate(),
                    amount));
        }
        if (deals.isEmpty()) {
            lines.add(ctx.say("customer.deals.none"));
        }
        List<String> steps = visits.stream()
                .filter(v -> v.followUp() != null && !v.followUp().isBefore(ctx.today()))
                .sorted(Comparator.comparing(Visit::followUp))
                .map(v -> ctx.say("customer.next_step", v.followUp(), nameOf(v.rep())))
                .toList();
        lines.add(
                steps.isEmpty()
                        ? ctx.say("customer.next_steps.none")
                        : ctx.say("customer.next_steps", String.join(separator(ctx), steps)));
        return String.join("\n", lines);
    }

    private static String separator(SkillContext ctx) {
        return ctx.lang() == Lang.ZH ? "、" : ", ";
    }

    /**
     * Who owns the customer: the owner of the open deal moved most recently, else whoever touched it last.
     */
    static Optional<PersonId> owner(List<Visit> visits, List<Sale> sales, List<Deal> deals) {
        Optional<PersonId> dealOwner = deals.stream()
                .filter(d -> !d.stage().orElseThrow().closed())
                .max(Comparator.comparing(d -> d.stageSince().orElseThrow()))
                .map(Deal::owner);
        if (dealOwner.isPresent()) {
            return dealOwner;
        }
        record Touch(LocalDate day, PersonId rep) {}
        List<Touch> touches = new ArrayList<>();
        visits.forEach(v -> touches.add(new Touch(v.date(), v.rep())));
        sales.forEach(s -> touches.add(new Touch(s.date(), s.rep())));
        return touches.stream()
                .max(Comparator.comparing(Touch::day))
                .map(Touch::rep)
                .or(() -> deals.stream().findFirst().map(Deal::owner));
    }

    private static Optional<LocalDate> lastContact(List<Visit> visits, List<Sale> sales) {
        List<LocalDate> days = new ArrayList<>();
        visits.forEach(v -> days.add(v.date()));
        sales.forEach(s -> days.add(s.date()));
        return days.stream().max(Comparator.naturalOrder());
    }

    private String nameOf(PersonId id) {
        return directory.byId(id).map(Person::displayName).orElse(id.value());
    }
}
