package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.away.Absence;
import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoAbsenceStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final PersonId ALICE = new PersonId("alice");
    private static final PersonId BOB = new PersonId("bob");
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private AbsenceStore absences;

    @BeforeEach
    void openStores() {
        absences = new MongoStores(mongo.database()).absences();
    }

    @Test
    void anAbsenceCoversItsDaysBothEndsIncludedAndOnlyForItsPerson() {
        absences.save(absence("away:m1", ALICE, "2026-11-30", "2026-12-06"));

        assertThat(absences.isAway(ALICE, LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(absences.isAway(ALICE, LocalDate.of(2026, 12, 6))).isTrue();
        assertThat(absences.isAway(ALICE, LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(absences.isAway(ALICE, LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(absences.isAway(BOB, LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void savingTheSameAbsenceAgainReplacesItAndEndedOnesAreNotListed() {
        absences.save(absence("away:m1", ALICE, "2026-11-27", "2026-12-04"));
        absences.save(absence("away:m1", ALICE, "2026-11-27", "2026-11-30"));
        absences.save(absence("away:m2", ALICE, "2026-11-02", "2026-11-03"));

        assertThat(absences.endingOnOrAfter(ALICE, LocalDate.of(2026, 11, 27)))
                .singleElement()
                .satisfies(a -> assertThat(a.days())
                        .isEqualTo(new Period(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30))))
                .satisfies(a -> assertThat(a.source().messageKey()).isEqualTo("slack:m"));
        assertThat(absences.isAway(ALICE, LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void aRemovedAbsenceIsGone() {
        absences.save(absence("away:m1", BOB, "2026-11-30", "2026-12-06"));

        assertThat(absences.remove("away:m1")).isTrue();
        assertThat(absences.remove("away:m1")).isFalse();
        assertThat(absences.isAway(BOB, LocalDate.of(2026, 12, 1))).isFalse();
    }

    private static Absence absence(String id, PersonId person, String start, String end) {
        return new Absence(
                id,
                person,
                "west",
                new Period(LocalDate.parse(start), LocalDate.parse(end)),
                new Source(person, "slack:m", NOW));
    }
}
