package com.stillpoint.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service's clock in tests and benchmarks: it stands still until it is moved, and only ever forward, as time does.
 * Tests sharing one context share one clock and pick their times relative to where it stands; a benchmark steps it
 * so a whole batch falls due at once.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service works in UTC");
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public void advanceBy(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }

    /** Moves the clock to {@code instant}, which must not be in its past. */
    public void advanceTo(Instant instant) {
        now.updateAndGet(current -> {
            if (instant.isBefore(current)) {
                throw new IllegalArgumentException("The clock only goes forward: it is " + current + ", not " + instant);
            }
            return instant;
        });
    }
}
