package com.salesbot.core.kernel;

import java.util.Objects;

/** The bot's own id for a person, independent of any chat platform. */
public record PersonId(String value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("person id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
