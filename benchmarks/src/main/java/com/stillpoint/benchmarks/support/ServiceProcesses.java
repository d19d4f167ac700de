package com.stillpoint.benchmarks.support;

import com.stillpoint.localstack.process.ManagedProcess;
import com.stillpoint.testing.FreePorts;
import com.stillpoint.testing.TestInfrastructure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Services as separate processes from their executable jars, as they run in production, against the benchmark's
 * broker and Mongo server and a test identity provider, each on a free port, logging to
 * {@code benchmarks/target/logs}.
 */
public final class ServiceProcesses implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final List<String> platformArguments;
    private final List<ManagedProcess> started = new ArrayList<>();

    public ServiceProcesses(TestInfrastructure infrastructure, String issuer) {
        platformArguments = List.of(
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
    }

    /** A service started (not yet awaited) on a free port with the platform's addresses plus {@code arguments}. */
    public Service start(String module, String... arguments) {
        return startOn(FreePorts.next(), module, arguments);
    }

    /** A service started (not yet awaited) on {@code port}, for one whose arguments must name its own address. */
    public Service startOn(int port, String module, String... arguments) {
        List<String> all = new ArrayList<>(platformArguments);
        all.addAll(List.of(arguments));
        all.add("--server.port=" + port);
        ManagedProcess process = ManagedProcess.executableJar(module, BuildOutputs.executableJar(module))
                .arguments(all)
                .logFile(BuildOutputs.benchmarksTarget().resolve("logs").resolve(module + ".log"))
                .start();
        started.add(process);
        return new Service(process, URI.create("http://127.0.0.1:" + port));
    }

    /** A running service and where it answers. */
    public record Service(ManagedProcess process, URI base) {

        /** Waits until its health endpoint answers 200. */
        public Service awaitHealthy() {
            process.awaitHttpOk(URI.create(base + "/actuator/health"), STARTUP);
            return this;
        }

        public void stop() {
            process.stop();
        }
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).stop();
        }
    }
}
