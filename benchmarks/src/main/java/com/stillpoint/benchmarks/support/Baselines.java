package com.stillpoint.benchmarks.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The raw infrastructure on this machine, measured in the same run as a figure and against the same broker and
 * Mongo server it used, so each figure can also be read as a multiple of them.
 */
public record Baselines(LatencySummary kafkaRoundTrip, LatencySummary mongoWrite) {

    private static final int WARM_UP = 200;
    private static final int SAMPLES = 1_000;

    public static Baselines measure(String kafkaBootstrapServers, String mongoUri) {
        try (KafkaRoundTrip kafka = new KafkaRoundTrip(kafkaBootstrapServers); MongoWrite mongo = new MongoWrite(mongoUri)) {
            return new Baselines(sample(kafka::once), sample(mongo::once));
        }
    }

    private static LatencySummary sample(Supplier<Duration> once) {
        for (int i = 0; i < WARM_UP; i++) {
            once.get();
        }
        List<Duration> durations = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            durations.add(once.get());
        }
        return LatencySummary.of(durations);
    }

    @Override
    public String toString() {
        return "raw Kafka round trip: " + kafkaRoundTrip + "; raw Mongo write: " + mongoWrite;
    }
}
