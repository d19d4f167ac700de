package com.stillpoint.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one benchmark with the baselines of the same run, appended as a Markdown section to
 * {@code benchmarks/target/benchmark-figures.md} (and printed), from which docs/benchmarks.md is written.
 */
public final class FigureReport {

    private final String title;
    private final Baselines baselines;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public FigureReport(String title, Baselines baselines) {
        this.title = title;
        this.baselines = baselines;
    }

    public FigureReport add(Figure figure) {
        figures.add(figure);
        return this;
    }

    /** A line of context under the table: what was counted, how many samples. */
    public FigureReport note(String note) {
        notes.add(note);
        return this;
    }

    public String markdown() {
        StringBuilder text = new StringBuilder("### ").append(title).append(" (")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(")\n\n")
                .append("Baselines of this run: raw Kafka round trip ").append(baselines.kafkaRoundTrip())
                .append("; raw Mongo write ").append(baselines.mongoWrite()).append(".\n\n")
                .append("| figure | measured | × Kafka round trip | × Mongo write | target | met |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            text.append("| ").append(figure.name()).append(" | ").append(figure.measured()).append(" | ")
                    .append(figure.ratioTo(baselines.kafkaRoundTrip())).append(" | ")
                    .append(figure.ratioTo(baselines.mongoWrite())).append(" | ")
                    .append(figure.target()).append(" | ").append(figure.verdict()).append(" |\n");
        }
        notes.forEach(note -> text.append("\n").append(note).append("\n"));
        return text.append("\n").toString();
    }

    /** Prints the section and appends it to the run's figures file. */
    public void publish() {
        String section = markdown();
        System.out.println(section);
        Path file = BuildOutputs.benchmarksTarget().resolve("benchmark-figures.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, section, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
