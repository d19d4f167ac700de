package com.stillpoint.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The executable jars the reactor build produced, which the suites here start as processes. */
public final class ServiceJars {

    private ServiceJars() {
    }

    /** The module's Spring Boot executable jar (the {@code exec} attachment). */
    public static Path executableJarOf(String module) {
        try (Stream<Path> files = Files.list(Path.of("..", module, "target"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build " + module + " first: no executable jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
