package com.stillpoint.booking;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock for tests that need a known "now" or need time to pass: it starts on 2026-10-05 09:00 in
 * Vancouver (before both DST changes of the season) and runs on from there; a test may move it forward. Test
 * classes that import {@link Configuration} share one Spring context, with this clock.
 */
public final class MovableClock extends Clock {

    public static final Instant START = Instant.parse("2026-10-05T16:00:00Z");

    private volatile Duration offset = Duration.between(Instant.now(), START);

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Time passes: everything the service does from now on sees the later time. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @TestConfiguration
    public static class Configuration {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
