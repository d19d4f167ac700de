package com.stillpoint.intake.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A client's measurements over a treatment plan, session by session: the first is the baseline. A measure worsens
 * when its latest score rose from the baseline by at least its clinically meaningful threshold; the therapist
 * is then flagged.
 */
public record OutcomeTrend(List<OutcomePoint> points, Set<Measure> worsening) {

    public OutcomeTrend {
        points = List.copyOf(points);
        worsening = worsening.isEmpty() ? Set.of() : Set.copyOf(worsening);
    }

    public static OutcomeTrend of(List<OutcomePoint> measurements) {
        List<OutcomePoint> ordered = new ArrayList<>(measurements);
        ordered.sort(Comparator.comparing(OutcomePoint::sessionStartsAt));
        Set<Measure> worsening = EnumSet.noneOf(Measure.class);
        for (Measure measure : Measure.TRACKED) {
            List<Integer> series = seriesOf(ordered, measure);
            if (series.size() >= 2 && measure.isWorsening(series.get(0), series.get(series.size() - 1))) {
                worsening.add(measure);
            }
        }
        return new OutcomeTrend(ordered, worsening);
    }

    public boolean isWorsening() {
        return !worsening.isEmpty();
    }

    /** The measure's scores in session order, leaving out sessions where it was not (fully) answered. */
    public List<Integer> series(Measure measure) {
        return seriesOf(points, measure);
    }

    private static List<Integer> seriesOf(List<OutcomePoint> points, Measure measure) {
        return points.stream().map(point -> point.scores().of(measure)).filter(java.util.Objects::nonNull).toList();
    }
}
