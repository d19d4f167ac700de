package com.stillpoint.systemtests.endtoend;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.stillpoint.localstack.process.ManagedProcess;
import com.stillpoint.systemtests.ServiceJars;
import com.stillpoint.testing.FreePorts;
import com.stillpoint.testing.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole platform as separate processes, started from the executable jars the build produced, against the
 * test's Kafka and MongoDB, with mail captured by GreenMail in the test JVM. Everything runs on free ports, so it
 * never meets a local stack that happens to be running.
 */
final class PlatformUnderTest implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    final GreenMail mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    final URI issuer;
    final URI booking;
    final URI intake;
    final URI notification;
    final Path logs;
    private final List<ManagedProcess> processes = new ArrayList<>();

    PlatformUnderTest(TestInfrastructure infrastructure, Path logs) {
        this.logs = logs;
        mail.start();
        int authPort = FreePorts.next();
        int bookingPort = FreePorts.next();
        int intakePort = FreePorts.next();
        int notificationPort = FreePorts.next();
        issuer = URI.create("http://localhost:" + authPort);
        booking = URI.create("http://127.0.0.1:" + bookingPort);
        intake = URI.create("http://127.0.0.1:" + intakePort);
        notification = URI.create("http://127.0.0.1:" + notificationPort);

        List<String> common = List.of(
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                "--stillpoint.kafka.partitions=2");
        awaitHealthy(start("auth-server", authPort, List.of("--stillpoint.auth.issuer=" + issuer)), issuer);
        // The three services boot in parallel; each is then awaited.
        ManagedProcess bookingService = start("booking-service", bookingPort, concat(common, "--stillpoint.demo.seed=true"));
        ManagedProcess intakeService = start("intake-service", intakePort,
                concat(common, "--stillpoint.intake.public-base-url=" + intake));
        ManagedProcess notificationService = start("notification-service", notificationPort, concat(common,
                "--spring.mail.port=" + mail.getSmtp().getPort(), "--stillpoint.notification.poll-interval=1s"));
        awaitHealthy(bookingService, booking);
        awaitHealthy(intakeService, intake);
        awaitHealthy(notificationService, notification);
    }

    private static void awaitHealthy(ManagedProcess process, URI base) {
        process.awaitHttpOk(URI.create(base + "/actuator/health"), STARTUP);
    }

    /** Everything every service has logged so far. */
    String allLogs() {
        return processes.stream().map(process -> {
            try {
                return Files.readString(process.logFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).reduce("", String::concat);
    }

    private ManagedProcess start(String name, int port, List<String> arguments) {
        ManagedProcess process = ManagedProcess.executableJar(name, ServiceJars.executableJarOf(name))
                .arguments(concat(arguments, "--server.port=" + port))
                .logFile(logs.resolve(name + ".log"))
                .start();
        processes.add(process);
        return process;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        mail.stop();
    }
}
