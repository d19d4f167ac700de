package com.stillpoint.intake.staff;

import com.stillpoint.intake.surveys.Measure;
import com.stillpoint.intake.surveys.OutcomePoint;
import com.stillpoint.intake.surveys.OutcomeTrend;
import com.stillpoint.intake.surveys.TreatmentPlan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A treatment plan's outcome trend for its therapists.
 *
 * @param worsening the measures whose latest score rose meaningfully from the baseline
 */
record OutcomesView(String planId, String clientId, Set<Measure> measures, Integer plannedSessions,
                    boolean worseningTrend, Set<Measure> worsening, List<Point> points) {

    /**
     * @param phase  {@code BASELINE} (first session), {@code END} (the plan's last planned session) or {@code SESSION}
     * @param scores by measure: the score and its severity band
     */
    record Point(int session, String phase, String surveyId, String appointmentId, Instant sessionStartsAt,
                 Map<Measure, Score> scores, Integer stress, Integer sleep, Integer sessionRating, boolean escalated) {
    }

    record Score(int score, String band) {
    }

    static OutcomesView of(TreatmentPlan plan, OutcomeTrend trend) {
        List<OutcomePoint> points = trend.points();
        return new OutcomesView(plan.id(), plan.clientId(), plan.measures(), plan.plannedSessions(),
                trend.isWorsening(), trend.worsening(), java.util.stream.IntStream.range(0, points.size())
                .mapToObj(index -> pointOf(index, points.get(index), plan)).toList());
    }

    static String phaseOf(int index, TreatmentPlan plan) {
        if (index == 0) {
            return "BASELINE";
        }
        return plan.plannedSessions() != null && index + 1 == plan.plannedSessions() ? "END" : "SESSION";
    }

    private static Point pointOf(int index, OutcomePoint point, TreatmentPlan plan) {
        Map<Measure, Score> scores = new LinkedHashMap<>();
        point.scores().totals().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(total -> scores.put(
                total.getKey(), new Score(total.getValue(), total.getKey().bandOf(total.getValue()).label())));
        return new Point(index + 1, phaseOf(index, plan), point.surveyId(), point.appointmentId(),
                point.sessionStartsAt(), scores, point.scores().stress(), point.scores().sleep(),
                point.scores().sessionRating(), point.escalated());
    }
}
