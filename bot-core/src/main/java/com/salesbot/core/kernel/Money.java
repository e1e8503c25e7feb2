package com.salesbot.core.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/** An amount of money in one ISO 4217 currency; never a double. */
public record Money(BigDecimal amount, String currency) {
    private static final Map<String, String> SYMBOLS =
            Map.of("USD", "$", "CNY", "¥", "EUR", "€", "GBP", "£", "HKD", "HK$", "SGD", "S$", "JPY", "JP¥");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!isIsoCode(currency)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }

    // By hand rather than String.matches: every reply builds Money, and a regex compiled per call showed under load.
    private static boolean isIsoCode(String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
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
        BigDecimal shown = cents.stripTrailingZeros().scale() > 0 ? cents : cents.setScale(0, RoundingMode.UNNECESSARY);
        String symbol = SYMBOLS.get(currency);
        String number = grouped(shown);
        return symbol != null ? symbol + number : number + " " + currency;
    }

    // Thousands separated by commas, by hand: a DecimalFormat built per reply was a measurable part of
    // the bot's CPU under load, and a shared one is not thread-safe.
    private static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (value.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        if (dot >= 0) {
            out.append(plain, dot, plain.length());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
