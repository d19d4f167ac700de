package com.stillpoint.benchmarks.intake;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormTemplate;
import com.stillpoint.intake.forms.FormTemplates;
import com.stillpoint.intake.surveys.Measure;
import com.stillpoint.intake.surveys.OutcomePoint;
import com.stillpoint.intake.surveys.OutcomeTrend;
import com.stillpoint.intake.surveys.Scores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The pure computations behind a submission: checking an intake against the contraindication rules, scoring a
 * survey with PHQ-9 and GAD-7, and evaluating an eight-session trend. Target: each well under a millisecond, so
 * the request time of a submission is the database's and the crypto's, not the rules'.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {

    private FormTemplate intake;
    private Answers intakeAnswers;
    private Answers surveyAnswers;
    private List<OutcomePoint> plan;

    @Setup
    public void setUp() {
        FormTemplates templates = new FormTemplates();
        intake = templates.current("intake");
        intakeAnswers = new Answers(Map.of("conditions", List.of("arthritis", "blood-clots"),
                "anticoagulants", List.of("yes"), "pregnancy", List.of("no"), "cancer-treatment", List.of("no"),
                "fever-or-infection", List.of("no"), "recent-surgery-or-injury", List.of("yes")));
        Map<String, List<String>> survey = new LinkedHashMap<>();
        for (int item = 1; item <= 9; item++) {
            survey.put("phq" + item, List.of(Integer.toString(item % 4)));
        }
        for (int item = 1; item <= 7; item++) {
            survey.put("gad" + item, List.of(Integer.toString(item % 3)));
        }
        survey.put("stress", List.of("6"));
        surveyAnswers = new Answers(survey);
        plan = new ArrayList<>();
        Instant start = Instant.parse("2026-11-02T18:00:00Z");
        for (int session = 0; session < 8; session++) {
            plan.add(new OutcomePoint("survey-" + session, "appt-" + session, start.plus(Duration.ofDays(7L * session)),
                    new Scores(Map.of(Measure.PHQ4, 6 - session % 3, Measure.PHQ9, 14 - session,
                            Measure.GAD7, 10 - session), 5, 2, 4), false));
        }
    }

    @Benchmark
    public Object contraindicationsOfAnIntake() {
        return intake.contraindicationsIn(intakeAnswers);
    }

    @Benchmark
    public Scores scoreASurveyWithPhq9AndGad7() {
        return Scores.of(surveyAnswers, Set.of(Measure.PHQ9, Measure.GAD7));
    }

    @Benchmark
    public OutcomeTrend trendOfAnEightSessionPlan() {
        return OutcomeTrend.of(plan);
    }
}
