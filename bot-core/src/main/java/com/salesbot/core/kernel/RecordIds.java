package com.salesbot.core.kernel;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New record ids: random (version 4) UUIDs drawn from a per-thread generator. {@link UUID#randomUUID()}
 * draws from one shared SecureRandom behind a lock, on which every rep's write queued under load; a
 * record id only has to be unique, since nothing is allowed by knowing one (every action on a record
 * checks who may take it).
 */
public final class RecordIds {
    private RecordIds() {}

    /** A fresh id in the usual UUID text form. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
