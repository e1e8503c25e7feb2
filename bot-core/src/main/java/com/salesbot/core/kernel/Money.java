package com.salesbot.core.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** An amount of money in one ISO 4217 currency; never a double. */
public record Money(BigDecimal amount, String currency) {
    private static final Map<String, String> SYMBOLS =
            Map.of("USD", "$", "CNY", "¥", "EUR", "€", "GBP", "£", "HKD", "HK$", "SGD", "S$", "JPY", "JP¥");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }

    /** Money from a plain number and a currency code. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Zero in the given currency. */
    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The sum of two amounts in the same currency. */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** A short human form such as {@code $12,500} or {@code ¥50,000.50}. */
    public String display() {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_EVEN);
        // Whole amounts show no decimals; any fraction shows both cent digits, as money is written.
        String pattern = cents.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0";
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        String symbol = SYMBOLS.get(currency);
        String number = format.format(cents);
        return symbol != null ? symbol + number : number + " " + currency;
    }

    @Override
    public String toString() {
        return display();
    }
}
