package com.salesbot.core.risk;

import com.salesbot.core.customer.CustomerKey;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import com.salesbot.core.visit.Visit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a team's risks on a day: reps projected below the pace floor of a target once a third of its
 * period has passed, key customers without contact for too long, and open deals stalled in a stage.
 */
public final class RiskFinder {
    private final Directory directory;
    private final TargetStore targets;
    private final Achievement achievement;
    private final CustomerRecords records;
    private final DealStore deals;
    private final RiskSettings settings;

    public RiskFinder(
            Directory directory,
            TargetStore targets,
            Achievement achievement,
            CustomerRecords records,
            DealStore deals,
            RiskSettings settings) {
        this.directory = directory;
        this.targets = targets;
        this.achievement = achievement;
        this.records = records;
        this.deals = deals;
        this.settings = settings;
    }

    public RiskSettings settings() {
        return settings;
    }

    /** Every risk of the team as of {@code now}, in the team's zone: pace, then customers, then deals. */
    public List<Risk> find(String teamId, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Risk> risks = new ArrayList<>();
        List<Person> members = directory.members(teamId);
        for (Person rep : members) {
            if (rep.role() == Role.REP) {
                risks.addAll(behindPace(rep, today));
            }
        }
        risks.addAll(quietCustomers(teamId, today));
        risks.addAll(stalledDeals(teamId, now));
        return risks;
    }

    private List<Risk> behindPace(Person rep, LocalDate today) {
        List<Risk> risks = new ArrayList<>();
        for (Metric metric : List.of(Metric.SALES, Metric.VISITS, Metric.DEALS)) {
            for (Target target : targets.covering(rep.id(), metric, today)) {
                Period period = target.period();
                long elapsed = period.daysElapsed(today);
                // Too early to tell until the first third of the period is over.
                if (elapsed * 3 < period.lengthInDays()) {
                    continue;
                }
                Optional<BigDecimal> done = achievement.of(rep.id(), metric, new Period(period.start(), today));
                if (done.isEmpty()) {
                    continue;
                }
                BigDecimal projected = done.get()
                        .multiply(BigDecimal.valueOf(period.lengthInDays()))
                        .divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
                BigDecimal floor = target.amount().multiply(BigDecimal.valueOf(settings.paceFloor()));
                if (projected.compareTo(floor) < 0) {
                    int percent = projected
                            .multiply(BigDecimal.valueOf(100))
                            .divide(target.amount(), 0, RoundingMode.HALF_UP)
                            .intValue();
                    risks.add(new Risk.BehindPace(rep, target, done.get(), projected, percent));
                }
            }
        }
        return risks;
    }

    private List<Risk> quietCustomers(String teamId, LocalDate today) {
        List<String> keyCustomers = settings.keyCustomersOf(teamId);
        if (keyCustomers.isEmpty()) {
            return List.of();
        }
        RecordScope team = RecordScope.team(teamId);
        Set<String> known = records.customers(team);
        List<Risk> risks = new ArrayList<>();
        for (String customer : keyCustomers) {
            String key = CustomerKey.of(customer);
            List<String> spellings =
                    known.stream().filter(n -> CustomerKey.of(n).equals(key)).toList();
            Optional<LocalDate> last = spellings.isEmpty()
                    ? Optional.empty()
                    : Stream.concat(
                                    records.visits(team, spellings).stream().map(Visit::date),
                                    records.sales(team, spellings).stream().map(Sale::date))
                            .max(Comparator.naturalOrder());
            if (last.isEmpty()) {
                risks.add(new Risk.QuietCustomer(customer, null, 0));
                continue;
            }
            long days = ChronoUnit.DAYS.between(last.get(), today);
            if (days > settings.noContactDays()) {
                risks.add(new Risk.QuietCustomer(customer, last.get(), days));
            }
        }
        return risks;
    }

    private List<Risk> stalledDeals(String teamId, Instant now) {
        List<Risk> risks = new ArrayList<>();
        for (Deal deal : deals.ofTeam(teamId)) {
            if (!deal.exists() || deal.stage().orElseThrow().closed()) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(deal.stageSince().orElseThrow(), now);
            if (days > settings.stalledDays()) {
                Person owner = directory.byId(deal.owner()).orElse(null);
                if (owner != null) {
                    risks.add(new Risk.StalledDeal(deal, owner, days));
                }
            }
        }
        risks.sort(Comparator.comparing(r -> -((Risk.StalledDeal) r).days()));
        return risks;
    }
}
