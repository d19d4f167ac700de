package com.stillpoint.localstack.kafka;

import com.stillpoint.localstack.process.ManagedProcess;
import com.stillpoint.localstack.process.TcpPorts;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one), in its own JVM.
 *
 * <p>{@code kafka.Kafka} ends by exiting its JVM, which is why it never runs inside the launcher. Its storage is
 * formatted once, in this JVM, and reused by every later start, so topics and records survive restarts.
 */
public final class KafkaBroker implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final KafkaBrokerSettings settings;
    private final Path serverProperties;
    private final ManagedProcess process;

    public KafkaBroker(KafkaBrokerSettings settings) {
        this.settings = settings;
        this.serverProperties = settings.directory().resolve("server.properties").toAbsolutePath();
        this.process = ManagedProcess.javaMain("kafka", "kafka.Kafka")
                // A single-node dev broker needs far less than Kafka's default heap; this keeps laptops responsive.
                .jvmOptions("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", ManagedProcess.PLAIN_LOGGING)
                .arguments(serverProperties.toString())
                .logFile(settings.logFile())
                .build();
    }

    /**
     * {@link #launch()}, then {@link #awaitReady()}.
     *
     * @throws IllegalStateException if a port is taken or formatting fails
     * @throws com.stillpoint.localstack.process.ProcessNotReadyException if the broker does not come up in time
     */
    public KafkaBroker start() {
        return launch().awaitReady();
    }

    /**
     * Writes {@code server.properties}, formats the storage unless it already is and forks the broker, without
     * waiting for it; lets a caller start other processes meanwhile.
     *
     * @throws IllegalStateException if a port is taken or formatting fails
     */
    public KafkaBroker launch() {
        TcpPorts.requireFree(HOST, settings.port(), "Kafka");
        TcpPorts.requireFree(HOST, settings.controllerPort(), "the Kafka controller");
        writeServerProperties();
        formatStorage();
        process.start();
        return this;
    }

    /**
     * Waits until the launched broker accepts clients.
     *
     * @throws com.stillpoint.localstack.process.ProcessNotReadyException if it exits or the startup timeout passes
     */
    public KafkaBroker awaitReady() {
        process.awaitPort(HOST, settings.port(), settings.startupTimeout());
        return this;
    }

    /** Stops the broker gracefully (a controlled shutdown that flushes its logs). */
    public void stop() {
        process.stop();
    }

    public KafkaBroker restart() {
        stop();
        return start();
    }

    /** The value for {@code bootstrap.servers} / {@code spring.kafka.bootstrap-servers}. */
    public String bootstrapServers() {
        return HOST + ":" + settings.port();
    }

    /** The broker's process, for fault injection ({@link ManagedProcess#kill()}) and its log. */
    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        stop();
    }

    private void writeServerProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@" + HOST + ":" + settings.controllerPort());
        properties.put("listeners", "PLAINTEXT://" + HOST + ":" + settings.port() + ",CONTROLLER://" + HOST + ":"
                + settings.controllerPort());
        properties.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + settings.port());
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("log.dirs", logDirectory().toString());
        // One node: internal topics cannot have more than one replica, and one partition starts fastest.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers of restarting services should not wait 3 s for a rebalance that has nobody else to wait for.
        properties.put("group.initial.rebalance.delay.ms", "0");
        String content = properties.entrySet().stream()
                .map(property -> property.getKey() + "=" + property.getValue())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
        try {
            Files.createDirectories(settings.directory());
            Files.writeString(serverProperties, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + serverProperties, e);
        }
    }

    private Path logDirectory() {
        return settings.directory().resolve("data").toAbsolutePath();
    }

    private void formatStorage() {
        // StorageTool rejects a formatted directory whose cluster id differs from the one passed, even with
        // --ignore-formatted, and the id is random; so a formatted directory is left as it is.
        if (Files.exists(logDirectory().resolve("meta.properties"))) {
            return;
        }
        String[] format = {"format", "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString(),
                "--ignore-formatted"};
        try {
            Files.createDirectories(process.logFile().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int exitCode;
        try (PrintStream log = new PrintStream(Files.newOutputStream(process.logFile(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(format, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + process.logFile(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Formatting Kafka storage under " + settings.directory() + " failed: "
                    + e.getMessage(), e);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting Kafka storage under " + settings.directory()
                    + " failed with exit code " + exitCode + "; see " + process.logFile());
        }
    }
}
