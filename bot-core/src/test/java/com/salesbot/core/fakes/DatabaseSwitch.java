package com.salesbot.core.fakes;

import com.salesbot.core.kernel.StoreUnavailableException;

/**
 * Simulates the database going away: while it is down, every method of a fake sharing this switch
 * throws {@link StoreUnavailableException} before touching its data, as a real store does.
 */
public final class DatabaseSwitch {
    private volatile boolean down;

    /** From now on every store call fails. */
    public void goDown() {
        down = true;
    }

    /** The database answers again. */
    public void comeBack() {
        down = false;
    }

    public boolean isDown() {
        return down;
    }

    /** Throws when the database is down; fakes call this first in every port method. */
    public void check() {
        if (down) {
            throw new StoreUnavailableException("database is down (test switch)", null);
        }
    }
}
