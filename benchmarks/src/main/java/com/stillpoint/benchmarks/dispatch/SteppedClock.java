package com.stillpoint.benchmarks.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The service's clock in the benchmark: it stands still between steps, so a whole batch falls due at once. */
final class SteppedClock extends Clock {

    private final AtomicReference<Instant> now;

    SteppedClock(Instant start) {
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

    void advanceBy(Duration step) {
        now.updateAndGet(current -> current.plus(step));
    }

    void advanceTo(Instant instant) {
        now.set(instant);
    }
}
