package com.stillpoint.intake.storage;

import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import org.springframework.dao.DuplicateKeyException;

import java.util.function.Supplier;

/**
 * Optimistic writes: a read-change-write that lost a race (the version changed, or the document was created
 * meanwhile) runs again from a fresh read, a few times at most.
 */
public final class ConcurrentWrites {

    private static final int ATTEMPTS = 5;

    private ConcurrentWrites() {
    }

    /** @param readChangeWrite reads what it changes every time it runs */
    public static <T> T retry(Supplier<T> readChangeWrite) {
        for (int attempt = 1; ; attempt++) {
            try {
                return readChangeWrite.get();
            } catch (ConcurrentUpdateException | DuplicateKeyException lostTheRace) {
                if (attempt == ATTEMPTS) {
                    throw lostTheRace;
                }
            }
        }
    }
}
