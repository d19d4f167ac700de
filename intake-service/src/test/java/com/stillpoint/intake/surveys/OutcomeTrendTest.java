package com.stillpoint.intake.surveys;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's trend worsens when a measure rises from the baseline by at least its meaningful change. */
class OutcomeTrendTest {

    static final Instant FIRST_SESSION = Instant.parse("2026-11-02T18:00:00Z");

    @Test
    void improvingScoresAreNotAWorseningTrend() {
        OutcomeTrend trend = trendOf(Measure.PHQ9, 14, 11, 8);

        assertThat(trend.isWorsening()).isFalse();
        assertThat(trend.series(Measure.PHQ9)).containsExactly(14, 11, 8);
    }

    @Test
    void aRiseOfFivePhq9PointsFromTheBaselineIsWorsening() {
        assertThat(trendOf(Measure.PHQ9, 8, 10, 12).isWorsening()).isFalse();
        assertThat(trendOf(Measure.PHQ9, 8, 10, 13).worsening()).containsExactly(Measure.PHQ9);
    }

    @Test
    void gad7WorsensFromFourPointsAndPhq4FromThree() {
        assertThat(trendOf(Measure.GAD7, 5, 8).isWorsening()).isFalse();
        assertThat(trendOf(Measure.GAD7, 5, 9).worsening()).containsExactly(Measure.GAD7);
        assertThat(trendOf(Measure.PHQ4, 2, 4).isWorsening()).isFalse();
        assertThat(trendOf(Measure.PHQ4, 2, 5).worsening()).containsExactly(Measure.PHQ4);
    }

    @Test
    void aSingleMeasurementIsOnlyABaseline() {
        assertThat(trendOf(Measure.PHQ9, 27).isWorsening()).isFalse();
    }

    @Test
    void sessionsAreOrderedByWhenTheyTookPlaceNotByWhenTheyWereAnswered() {
        List<OutcomePoint> points = new ArrayList<>(trendOf(Measure.PHQ4, 9, 3).points());
        java.util.Collections.reverse(points);

        OutcomeTrend trend = OutcomeTrend.of(points);

        assertThat(trend.series(Measure.PHQ4)).containsExactly(9, 3);
        assertThat(trend.isWorsening()).isFalse();
    }

    private static OutcomeTrend trendOf(Measure measure, int... scores) {
        List<OutcomePoint> points = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            points.add(new OutcomePoint("survey-" + i, "appt-" + i, FIRST_SESSION.plus(Duration.ofDays(7L * i)),
                    new Scores(Map.of(measure, scores[i]), null, null, null), false));
        }
        return OutcomeTrend.of(points);
    }
}
