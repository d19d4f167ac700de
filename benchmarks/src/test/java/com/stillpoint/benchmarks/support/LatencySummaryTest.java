package com.stillpoint.benchmarks.support;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatencySummaryTest {

    @Test
    void percentilesAreMeasuredValuesByNearestRank() {
        List<Duration> durations = new ArrayList<>();
        for (int millis = 1; millis <= 200; millis++) {
            durations.add(Duration.ofMillis(millis));
        }
        Collections.shuffle(durations);

        LatencySummary summary = LatencySummary.of(durations);

        assertThat(summary.p50Millis()).isEqualTo(100.0);
        assertThat(summary.p95Millis()).isEqualTo(190.0);
        assertThat(summary.p99Millis()).isEqualTo(198.0);
        assertThat(summary.maxMillis()).isEqualTo(200.0);
        assertThat(summary.samples()).isEqualTo(200);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        LatencySummary summary = LatencySummary.of(List.of(Duration.ofMillis(7)));

        assertThat(summary.p50Millis()).isEqualTo(7.0);
        assertThat(summary.p99Millis()).isEqualTo(7.0);
    }

    @Test
    void refusesNoSamples() {
        assertThatThrownBy(() -> LatencySummary.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
