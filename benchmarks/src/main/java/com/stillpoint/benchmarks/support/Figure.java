package com.stillpoint.benchmarks.support;

import java.util.Locale;

/**
 * One measured figure with its target. Latencies and rates are also given as multiples of the run's raw baselines:
 * a latency divided by the baseline's median, a rate divided by the baseline's rate for one client (1 / median).
 */
public record Figure(String name, double value, Unit unit, String target, Boolean met) {

    /** A figure the issue sets no target for: recorded, not judged. */
    public static Figure recorded(String name, double value, Unit unit) {
        return new Figure(name, value, unit, "–", null);
    }

    /** yes, no, or a dash without a target. */
    public String verdict() {
        return met == null ? "–" : met ? "yes" : "**no**";
    }

    public enum Unit {
        MILLISECONDS("ms"), PER_SECOND("/s"), COUNT(""), MEGABYTES("MB");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }
    }

    public String measured() {
        String format = unit == Unit.COUNT ? "%.0f" : Math.abs(value) < 1 ? "%.4f" : "%.1f";
        return (String.format(Locale.ROOT, format, value) + " " + unit.symbol).strip();
    }

    /** The figure as a multiple of one baseline, or a dash where a ratio means nothing (counts, sizes). */
    public String ratioTo(LatencySummary baseline) {
        return switch (unit) {
            case MILLISECONDS -> String.format(Locale.ROOT, "%.1f×", value / baseline.p50Millis());
            case PER_SECOND -> String.format(Locale.ROOT, "%.2f×", value * baseline.p50Millis() / 1000);
            case COUNT, MEGABYTES -> "–";
        };
    }
}
