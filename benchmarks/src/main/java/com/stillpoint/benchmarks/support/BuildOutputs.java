package com.stillpoint.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The executable jars the build made, found from wherever in the repository the benchmark runs. */
public final class BuildOutputs {

    private BuildOutputs() {
    }

    /** {@code <module>/target/*-exec.jar} of this repository. */
    public static Path executableJar(String module) {
        Path target = repositoryRoot().resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build " + module + " first: no executable jar in "
                            + target));
        } catch (IOException e) {
            throw new UncheckedIOException("Build " + module + " first: " + target, e);
        }
    }

    /** Where benchmark output goes: {@code benchmarks/target}. */
    public static Path benchmarksTarget() {
        return repositoryRoot().resolve("benchmarks").resolve("target");
    }

    private static Path repositoryRoot() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve("mvnw")) && Files.isDirectory(directory.resolve("benchmarks"))) {
                return directory;
            }
        }
        throw new IllegalStateException("Run the benchmarks inside the repository: no mvnw above "
                + Path.of("").toAbsolutePath());
    }
}
