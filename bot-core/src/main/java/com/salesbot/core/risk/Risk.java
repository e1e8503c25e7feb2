package com.salesbot.core.risk;

import com.salesbot.core.deal.Deal;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.people.Person;
import com.salesbot.core.target.Target;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Something a manager should look at before it slips. */
public sealed interface Risk {
    /** A rep whose even-pace projection ends below the floor share of a target. */
    record BehindPace(Person rep, Target target, BigDecimal achieved, BigDecimal projected, int percent)
            implements Risk {
        public Metric metric() {
            return target.metric();
        }
    }

    /** A key customer nobody has visited or sold to for too long; {@code lastContact} null when never. */
    record QuietCustomer(String customer, LocalDate lastContact, long days) implements Risk {}

    /** An open deal that has sat in its stage too long. */
    record StalledDeal(Deal deal, Person owner, long days) implements Risk {}
}
