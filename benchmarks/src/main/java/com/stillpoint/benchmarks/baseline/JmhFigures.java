package com.stillpoint.benchmarks.baseline;

import com.stillpoint.benchmarks.dispatch.DispatchCounts;
import com.stillpoint.benchmarks.support.Baselines;
import com.stillpoint.benchmarks.support.BuildOutputs;
import com.stillpoint.benchmarks.support.Figure;
import com.stillpoint.benchmarks.support.Figure.Unit;
import com.stillpoint.benchmarks.support.FigureReport;
import com.stillpoint.benchmarks.support.LatencySummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of the JMH part of a run, from {@code benchmarks/target/jmh-results.json}, with that run's
 * {@link InfrastructureBaselineBenchmark} as the baselines: availability search p95 warm, reminder dispatch rate
 * (with the duplicates the dispatch benchmark counted), and every other benchmark's score as recorded.
 */
public final class JmhFigures {

    private static final String AVAILABILITY = "availability.AvailabilitySearchBenchmark.";
    private static final String DISPATCH = "dispatch.ReminderDispatchBenchmark.dispatchADueBatch";
    private static final String PLAIN_HTTP = "dispatch.ReminderDispatchBenchmark.baselinePlainHttpSends";
    private static final String BASELINE = "baseline.InfrastructureBaselineBenchmark.";

    private JmhFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path results = BuildOutputs.benchmarksTarget().resolve("jmh-results.json");
        Map<String, JsonNode> scores = new LinkedHashMap<>();
        for (JsonNode result : JsonMapper.builder().build().readTree(Files.readString(results))) {
            scores.put(result.get("benchmark").asString().replace("com.stillpoint.benchmarks.", ""),
                    result.get("primaryMetric"));
        }
        if (!scores.containsKey(BASELINE + "rawKafkaRoundTrip") || !scores.containsKey(BASELINE + "rawMongoWrite")) {
            System.out.println("No infrastructure baseline in this JMH run; no figures written.");
            return;
        }
        FigureReport report = new FigureReport("JMH benchmarks (embedded broker, mongo-java-server, in-process services)",
                new Baselines(percentiles(scores.get(BASELINE + "rawKafkaRoundTrip")),
                        percentiles(scores.get(BASELINE + "rawMongoWrite"))));
        scores.forEach((benchmark, metric) -> {
            if (benchmark.startsWith(AVAILABILITY) && !benchmark.endsWith("baselineLookupById")) {
                double p95 = millis(metric, metric.get("scorePercentiles").get("95.0").asDouble());
                report.add(new Figure(benchmark + " p95", p95, Unit.MILLISECONDS, "≤ 100 ms", p95 <= 100));
            } else if (benchmark.equals(DISPATCH)) {
                double perSecond = 1000 / millis(metric, metric.get("score").asDouble());
                report.add(new Figure("reminders dispatched per second (5% faults)", perSecond, Unit.PER_SECOND,
                        "≥ 200/s", perSecond >= 200));
            } else if (benchmark.equals(PLAIN_HTTP)) {
                report.add(Figure.recorded("plain HTTP sends per second to the same provider (baseline)",
                        1000 / millis(metric, metric.get("score").asDouble()), Unit.PER_SECOND));
            } else if (!benchmark.startsWith(BASELINE)) {
                report.add(Figure.recorded(benchmark + " (mean)", millis(metric, metric.get("score").asDouble()),
                        Unit.MILLISECONDS));
            }
        });
        Optional<DispatchCounts> counts = DispatchCounts.load();
        counts.ifPresent(dispatch -> report
                .add(new Figure("texts taken twice by the provider", dispatch.duplicates(), Unit.COUNT, "0",
                        dispatch.duplicates() == 0))
                .note("Reminder dispatch: %d reminders due in the measured and warm-up batches, %d sent, %d provider faults (503) retried."
                        .formatted(dispatch.due(), dispatch.sent(), dispatch.faults())));
        report.publish();
    }

    /** The percentiles JMH sampled, as a summary (max is JMH's 100th percentile; the sample count is not kept). */
    private static LatencySummary percentiles(JsonNode metric) {
        JsonNode percentiles = metric.get("scorePercentiles");
        return new LatencySummary(0, millis(metric, percentiles.get("50.0").asDouble()),
                millis(metric, percentiles.get("95.0").asDouble()), millis(metric, percentiles.get("99.0").asDouble()),
                millis(metric, percentiles.get("100.0").asDouble()));
    }

    /** A score in milliseconds, whatever time unit per operation JMH reported it in. */
    static double millis(JsonNode metric, double score) {
        return switch (metric.get("scoreUnit").asString()) {
            case "ns/op" -> score / 1_000_000;
            case "us/op" -> score / 1_000;
            case "ms/op" -> score;
            case "s/op" -> score * 1_000;
            default -> throw new IllegalArgumentException("Not a time per operation: " + metric.get("scoreUnit"));
        };
    }
}
