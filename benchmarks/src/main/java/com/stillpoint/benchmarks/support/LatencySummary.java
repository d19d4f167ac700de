package com.stillpoint.benchmarks.support;

import java.time.Duration;
import java.util.List;

/**
 * Percentiles of a set of measured durations (or of a sample JMH kept, whose count is then unknown: 0), by the nearest-rank method: p99 of 200 samples is the 198th
 * smallest, a value that was actually measured.
 */
public record LatencySummary(int samples, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {

    public static LatencySummary of(List<Duration> durations) {
        if (durations.isEmpty()) {
            throw new IllegalArgumentException("No samples");
        }
        long[] nanos = durations.stream().mapToLong(Duration::toNanos).sorted().toArray();
        return new LatencySummary(nanos.length, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
                millis(nanos[nanos.length - 1]));
    }

    static double percentile(long[] sortedNanos, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return millis(sortedNanos[Math.max(rank, 1) - 1]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        String percentiles = "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms"
                .formatted(p50Millis, p95Millis, p99Millis, maxMillis);
        return samples > 0 ? percentiles + " (" + samples + " samples)" : percentiles;
    }
}
