package com.stillpoint.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A child JVM that the local stack, or a test, starts, waits for, stops, kills and restarts.
 *
 * <p>The child runs on the same JDK as this JVM. Its stdout and stderr go, appended across restarts, to one log
 * file, so a failure message can quote the end of that file. Build one with {@link #javaMain} (a main class on
 * this JVM's class path) or {@link #executableJar}; nothing runs until {@link #start()}.
 *
 * <p>Thread-safe: the launcher waits on a process while a shutdown hook may stop it.
 */
public final class ManagedProcess implements AutoCloseable {

    /**
     * A JVM option for a {@link #javaMain} child that is not a Spring Boot application: it logs plain lines through
     * a bundled logback configuration instead of picking up whatever logback file the shared class path offers.
     */
    public static final String PLAIN_LOGGING =
            "-Dlogback.configurationFile=com/stillpoint/localstack/process/child-logback.xml";

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    private static final int LOG_TAIL_LINES = 40;
    private static final HttpClient HEALTH_PROBES = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path logFile;
    private final Duration stopTimeout;

    private volatile Process process;

    private ManagedProcess(Builder builder, List<String> command) {
        this.name = builder.name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(builder.environment);
        this.workingDirectory = builder.workingDirectory.toAbsolutePath();
        this.logFile = builder.logFile.toAbsolutePath();
        this.stopTimeout = builder.stopTimeout;
    }

    /** A child JVM running {@code mainClass} on this JVM's own class path. */
    public static Builder javaMain(String name, String mainClass) {
        return new Builder(name, List.of("-cp", System.getProperty("java.class.path"), mainClass));
    }

    /** A child JVM running {@code java -jar jar}, for example a service's Spring Boot executable jar. */
    public static Builder executableJar(String name, Path jar) {
        return new Builder(name, List.of("-jar", jar.toAbsolutePath().toString()));
    }

    /**
     * Launches the child.
     *
     * @throws IllegalStateException if it is already running
     * @throws UncheckedIOException if the JVM cannot be launched
     */
    public synchronized ManagedProcess start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(logFile.getParent());
            // A marker between runs, because restarts append to the same file.
            Files.writeString(logFile, "---- " + Instant.now() + " starting " + name + ": " + String.join(" ", command)
                    + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not launch " + name + ": " + String.join(" ", command), e);
        }
    }

    /**
     * Waits until {@code host:port} accepts TCP connections.
     *
     * @throws ProcessNotReadyException if the child exits first or the timeout passes; the message quotes its log
     */
    public ManagedProcess awaitPort(String host, int port, Duration timeout) {
        awaitReady(host + ":" + port + " accepting connections", timeout,
                () -> TcpPorts.isAcceptingConnections(host, port));
        return this;
    }

    /**
     * Waits until a GET of {@code url} answers 200, as a Spring Boot {@code /actuator/health} does once the
     * application is up.
     *
     * @throws ProcessNotReadyException if the child exits first or the timeout passes; the message quotes its log
     */
    public ManagedProcess awaitHttpOk(URI url, Duration timeout) {
        awaitReady(url + " answering 200", timeout, () -> answersOk(url));
        return this;
    }

    /**
     * Stops the child gracefully: SIGTERM, so its shutdown hooks run, then SIGKILL if it is still alive after the
     * stop timeout. Does nothing if it is not running.
     */
    public synchronized void stop() {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        if (!waitForExit(running, stopTimeout)) {
            appendToLog("---- " + name + " did not stop within " + stopTimeout.toSeconds() + " s; killing it");
            kill();
        }
    }

    /** Kills the child at once, like {@code kill -9}: no shutdown hooks run. For fault-injection tests. */
    public synchronized void kill() {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroyForcibly();
        waitForExit(running, stopTimeout);
    }

    /** {@link #stop()}, then {@link #start()} with the same command; the log file keeps both runs. */
    public synchronized ManagedProcess restart() {
        stop();
        return start();
    }

    public boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** The exit code, once the child has run and ended. */
    public OptionalInt exitCode() {
        Process running = process;
        return running == null || running.isAlive() ? OptionalInt.empty() : OptionalInt.of(running.exitValue());
    }

    public long pid() {
        Process running = process;
        if (running == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return running.pid();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log file, for error messages. */
    public String logTail() {
        return LogTail.of(logFile, LOG_TAIL_LINES);
    }

    /** Stops the child gracefully. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + (isAlive() ? " (pid " + process.pid() + ")" : " (not running)");
    }

    private void awaitReady(String condition, Duration timeout, BooleanSupplier probe) {
        Process running = process;
        if (running == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!probe.getAsBoolean()) {
            if (!running.isAlive()) {
                throw new ProcessNotReadyException(name + " exited with code " + running.exitValue()
                        + " before " + condition + ". Last lines of " + logFile + ":" + System.lineSeparator()
                        + logTail());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new ProcessNotReadyException(name + " was not ready (" + condition + ") within "
                        + timeout.toSeconds() + " s. Last lines of " + logFile + ":" + System.lineSeparator()
                        + logTail());
            }
            pauseUnlessExited(running);
        }
    }

    /** The pause between readiness probes, cut short if the child exits meanwhile. */
    private void pauseUnlessExited(Process running) {
        try {
            running.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessNotReadyException("Interrupted while waiting for " + name, e);
        }
    }

    private boolean answersOk(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(PROBE_TIMEOUT).GET().build();
        try {
            return HEALTH_PROBES.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessNotReadyException("Interrupted while waiting for " + name, e);
        }
    }

    private static boolean waitForExit(Process running, Duration timeout) {
        try {
            return running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !running.isAlive();
        }
    }

    private void appendToLog(String line) {
        try {
            Files.writeString(logFile, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Describes a child before it starts. Paths are resolved against the working directory of this JVM. */
    public static final class Builder {

        private final String name;
        private final List<String> launchTarget;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path workingDirectory = Path.of("");
        private Path logFile;
        private Duration stopTimeout = Duration.ofSeconds(30);

        private Builder(String name, List<String> launchTarget) {
            this.name = name;
            this.launchTarget = launchTarget;
            this.logFile = Path.of(".local-stack", "logs", name + ".log");
        }

        /** Options for the child JVM itself, such as {@code -Xmx256m} or {@code -Dkey=value}. */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        public Builder jvmOptions(String... options) {
            return jvmOptions(List.of(options));
        }

        /** Arguments for the main method. */
        public Builder arguments(List<String> args) {
            arguments.addAll(args);
            return this;
        }

        public Builder arguments(String... args) {
            return arguments(List.of(args));
        }

        /** An environment variable on top of this JVM's environment, which the child inherits. */
        public Builder environment(String variable, String value) {
            environment.put(variable, value);
            return this;
        }

        public Builder workingDirectory(Path directory) {
            workingDirectory = directory;
            return this;
        }

        /** Where stdout and stderr go; defaults to {@code .local-stack/logs/<name>.log}. */
        public Builder logFile(Path file) {
            logFile = file;
            return this;
        }

        /** How long {@link ManagedProcess#stop()} waits after SIGTERM before it kills; 30 s unless told. */
        public Builder stopTimeout(Duration timeout) {
            stopTimeout = timeout;
            return this;
        }

        /** The process, not yet started. */
        public ManagedProcess build() {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(launchTarget);
            command.addAll(arguments);
            return new ManagedProcess(this, command);
        }

        /** Builds and starts the process. */
        public ManagedProcess start() {
            return build().start();
        }
    }
}
