package com.stillpoint.platform.figures;

/**
 * How many of how many: the form of every per-clinic figure, so the console can show both the rate and what it
 * rests on (3 of 4 is not 75 of 100).
 */
public record Share(long count, long of) {

    /** The rate in percent, or {@code null} when there was nothing to count. */
    public Double percent() {
        return of == 0 ? null : 100.0 * count / of;
    }

    Share plus(boolean counted) {
        return new Share(count + (counted ? 1 : 0), of + 1);
    }
}
