package com.stillpoint.benchmarks.dispatch;

import com.stillpoint.benchmarks.support.BuildOutputs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the dispatch benchmark counted over its measured batches, kept in {@code benchmarks/target} for the run's
 * figures (JMH itself only keeps times).
 */
public record DispatchCounts(long due, long sent, long faults, long duplicates) {

    private static final String FILE = "reminder-dispatch-counts.properties";

    void save() {
        Properties properties = new Properties();
        properties.setProperty("due", Long.toString(due));
        properties.setProperty("sent", Long.toString(sent));
        properties.setProperty("faults", Long.toString(faults));
        properties.setProperty("duplicates", Long.toString(duplicates));
        Path file = BuildOutputs.benchmarksTarget().resolve(FILE);
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "ReminderDispatchBenchmark");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counts of the last dispatch benchmark run, if it ran. */
    public static Optional<DispatchCounts> load() {
        Path file = BuildOutputs.benchmarksTarget().resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new DispatchCounts(Long.parseLong(properties.getProperty("due")),
                Long.parseLong(properties.getProperty("sent")), Long.parseLong(properties.getProperty("faults")),
                Long.parseLong(properties.getProperty("duplicates"))));
    }
}
