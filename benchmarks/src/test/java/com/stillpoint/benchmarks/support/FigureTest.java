package com.stillpoint.benchmarks.support;

import com.stillpoint.benchmarks.support.Figure.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTest {

    private static final LatencySummary TWO_MILLIS = new LatencySummary(100, 2.0, 3.0, 4.0, 5.0);

    @Test
    void aLatencyIsAMultipleOfTheBaselineMedian() {
        assertThat(new Figure("p99", 150, Unit.MILLISECONDS, "≤ 150 ms", true).ratioTo(TWO_MILLIS)).isEqualTo("75.0×");
    }

    @Test
    void aRateIsAMultipleOfOneBaselineClientsRate() {
        // One client doing 2 ms round trips manages 500 a second.
        assertThat(new Figure("rate", 300, Unit.PER_SECOND, "≥ 300/s", true).ratioTo(TWO_MILLIS)).isEqualTo("0.60×");
    }

    @Test
    void aSubMillisecondLatencyKeepsItsDigits() {
        assertThat(Figure.recorded("scoring", 0.00047, Unit.MILLISECONDS).measured()).isEqualTo("0.0005 ms");
        assertThat(Figure.recorded("search", 12.345, Unit.MILLISECONDS).measured()).isEqualTo("12.3 ms");
    }

    @Test
    void countsHaveNoRatio() {
        Figure overlaps = new Figure("overlaps", 0, Unit.COUNT, "0", true);

        assertThat(overlaps.ratioTo(TWO_MILLIS)).isEqualTo("–");
        assertThat(overlaps.measured()).isEqualTo("0");
    }
}
