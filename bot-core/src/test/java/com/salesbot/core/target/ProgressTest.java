package com.salesbot.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hand-worked numbers for Friday 2026-11-27 in November: 27 of 30 days have elapsed. */
class ProgressTest {
    private static final Period NOVEMBER = Period.monthOf(LocalDate.of(2026, 11, 1));
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void behindPace() {
        Progress p = new Progress(new BigDecimal("30000"), new BigDecimal("19500"), NOVEMBER, FRIDAY);

        assertThat(p.percent()).isEqualTo(65);
        assertThat(p.ratio()).isEqualTo(0.65);
        assertThat(p.expectedByToday()).isEqualByComparingTo("27000"); // 30,000 × 27 / 30
        assertThat(p.gap()).isEqualByComparingTo("10500");
        assertThat(p.onPace()).isFalse();
    }

    @Test
    void percentRoundsHalfUpAndPaceKeepsCents() {
        Progress p = new Progress(new BigDecimal("7"), new BigDecimal("0.35"), NOVEMBER, FRIDAY);

        assertThat(p.percent()).isEqualTo(5); // 5.0%
        assertThat(new Progress(new BigDecimal("200"), new BigDecimal("1"), NOVEMBER, FRIDAY).percent())
                .isEqualTo(1); // 0.5% → 1
        assertThat(p.expectedByToday()).isEqualByComparingTo("6.30"); // 7 × 27 / 30
    }

    @Test
    void exceedingTheTargetLeavesNoGap() {
        Progress p = new Progress(new BigDecimal("10000"), new BigDecimal("12500"), NOVEMBER, FRIDAY);

        assertThat(p.percent()).isEqualTo(125);
        assertThat(p.gap()).isEqualByComparingTo("0");
        assertThat(p.onPace()).isTrue();
    }

    @Test
    void beforeThePeriodNothingIsExpectedAndAfterItEverything() {
        BigDecimal target = new BigDecimal("30000");

        assertThat(new Progress(target, BigDecimal.ZERO, NOVEMBER, LocalDate.of(2026, 10, 30)).expectedByToday())
                .isEqualByComparingTo("0");
        assertThat(new Progress(target, BigDecimal.ZERO, NOVEMBER, LocalDate.of(2026, 12, 2)).expectedByToday())
                .isEqualByComparingTo("30000");
        assertThat(new Progress(target, BigDecimal.ZERO, NOVEMBER, LocalDate.of(2026, 11, 1)).expectedByToday())
                .isEqualByComparingTo("1000");
    }
}
