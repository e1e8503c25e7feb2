package com.salesbot.core.sale;

import java.math.BigDecimal;

/** The money and the number of sales (won deals) summed over some records. */
public record SaleTotals(BigDecimal amount, long count) {
    public static final SaleTotals NONE = new SaleTotals(BigDecimal.ZERO, 0);
}
