package com.stillpoint.benchmarks.footprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A process's memory as Linux reports it in {@code /proc/<pid>/status}. */
final class ProcStatus {

    private ProcStatus() {
    }

    /** The resident set size ({@code VmRSS}) in megabytes (MiB). */
    static double residentMegabytes(long pid) {
        try {
            return residentMegabytes(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the memory of process " + pid, e);
        }
    }

    static double residentMegabytes(List<String> status) {
        return status.stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring("VmRSS:".length()).trim().split("\\s+"))
                .mapToDouble(valueAndUnit -> Long.parseLong(valueAndUnit[0]) / 1024.0)
                .findFirst().orElseThrow(() -> new IllegalStateException("No VmRSS line"));
    }
}
