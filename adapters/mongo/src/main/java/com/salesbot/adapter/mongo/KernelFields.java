package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

/**
 * How the kernel's shared values look inside documents: {@code source} sub-documents, exact decimal
 * amounts and "YYYY-MM-DD" day strings (which sort and range-compare correctly as strings).
 */
final class KernelFields {
    static final String SOURCE = "source";
    static final String AUTHOR = "source.author";
    static final String MESSAGE_KEY = "source.messageKey";
    static final String WRITTEN_AT = "source.writtenAt";

    private KernelFields() {}

    static Document source(Source source) {
        return new Document("author", source.author().value())
                .append("messageKey", source.messageKey())
                // A BSON date, so "written since" is a date comparison on both servers.
                .append("writtenAt", Date.from(source.writtenAt()));
    }

    static Source source(Document document) {
        Document source = document.get(SOURCE, Document.class);
        return new Source(
                new PersonId(source.getString("author")),
                source.getString("messageKey"),
                source.getDate("writtenAt").toInstant());
    }

    static Decimal128 decimal(BigDecimal amount) {
        return new Decimal128(amount);
    }

    /** Reads an amount written as Decimal128, tolerating the plain numbers a hand-edited document may hold. */
    static BigDecimal bigDecimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalStateException("not an amount: " + (value == null ? "null" : value.getClass()));
    }

    static String day(LocalDate date) {
        return date.toString();
    }

    static LocalDate day(String value) {
        return LocalDate.parse(value);
    }

    /** Matches a day field inside the period, both ends included. */
    static Bson dayIn(String field, Period period) {
        return and(gte(field, day(period.start())), lte(field, day(period.end())));
    }
}
