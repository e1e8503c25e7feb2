package com.salesbot.core.deal;

import com.salesbot.core.customer.CustomerKey;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An opportunity one rep works with one customer: its stage history, newest last. The current stage,
 * amount and time in each stage are derived from the moves that were not undone.
 *
 * @param version how many times the deal was saved; a save succeeds only on the version it read
 */
public record Deal(String id, PersonId owner, String teamId, String customer, List<StageEntry> history, long version) {
    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(customer, "customer");
        history = List.copyOf(history);
    }

    /** The id of the one deal an owner has with a customer, however the customer's name is spelled. */
    public static String idOf(PersonId owner, String customer) {
        return owner.value() + "|" + CustomerKey.of(customer);
    }

    /** A deal not yet saved, with no moves. */
    public static Deal start(PersonId owner, String teamId, String customer) {
        return new Deal(idOf(owner, customer), owner, teamId, customer, List.of(), 0);
    }

    /** The moves that still count, oldest first. */
    public List<StageEntry> live() {
        return history.stream().filter(e -> !e.undone()).toList();
    }

    /** True when at least one move still counts; a deal whose every move was undone is as if never made. */
    public boolean exists() {
        return !live().isEmpty();
    }

    /** The current stage; empty when no move counts. */
    public Optional<DealStage> stage() {
        List<StageEntry> live = live();
        return live.isEmpty()
                ? Optional.empty()
                : Optional.of(live.get(live.size() - 1).stage());
    }

    /** When the deal entered its current stage. */
    public Optional<Instant> stageSince() {
        List<StageEntry> live = live();
        return live.isEmpty()
                ? Optional.empty()
                : Optional.of(live.get(live.size() - 1).enteredAt());
    }

    /** The latest amount stated with a move that counts. */
    public Optional<Money> amount() {
        List<StageEntry> live = live();
        for (int i = live.size() - 1; i >= 0; i--) {
            if (live.get(i).amount() != null) {
                return Optional.of(live.get(i).amount());
            }
        }
        return Optional.empty();
    }

    /** True when a move was made by that message, undone or not: a retry must not move again. */
    public boolean movedBy(String messageKey) {
        return history.stream().anyMatch(e -> e.messageKey().equals(messageKey));
    }

    /** The next version of this deal with one more move. */
    public Deal moved(StageEntry entry) {
        List<StageEntry> all = new ArrayList<>(history);
        all.add(entry);
        return new Deal(id, owner, teamId, customer, all, version + 1);
    }

    /** The same deal at another version, e.g. as read back from the store. */
    public Deal withVersion(long newVersion) {
        return new Deal(id, owner, teamId, customer, history, newVersion);
    }

    /** The next version of this deal with the move of that message taken back. */
    public Deal undone(String messageKey) {
        List<StageEntry> all = history.stream()
                .map(e -> e.messageKey().equals(messageKey) ? e.asUndone() : e)
                .toList();
        return new Deal(id, owner, teamId, customer, all, version + 1);
    }

    /**
     * Time spent in each stage up to {@code now}: each move counts until the next one; the current stage
     * counts until now unless it is closed (a won deal does not keep ageing).
     */
    public Map<DealStage, Duration> timeInStages(Instant now) {
        Map<DealStage, Duration> time = new EnumMap<>(DealStage.class);
        List<StageEntry> live = live();
        for (int i = 0; i < live.size(); i++) {
            StageEntry entry = live.get(i);
            Instant end;
            if (i + 1 < live.size()) {
                end = live.get(i + 1).enteredAt();
            } else if (entry.stage().closed()) {
                continue;
            } else {
                end = now;
            }
            Duration spent = Duration.between(entry.enteredAt(), end);
            if (!spent.isNegative()) {
                time.merge(entry.stage(), spent, Duration::plus);
            }
        }
        return time;
    }
}
