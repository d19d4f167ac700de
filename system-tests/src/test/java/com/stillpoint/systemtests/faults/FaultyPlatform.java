package com.stillpoint.systemtests.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.stillpoint.localstack.kafka.KafkaBroker;
import com.stillpoint.localstack.kafka.KafkaBrokerSettings;
import com.stillpoint.localstack.mongo.MongoServerProcess;
import com.stillpoint.localstack.mongo.MongoServerSettings;
import com.stillpoint.localstack.process.ManagedProcess;
import com.stillpoint.notification.support.SmsProviderStub;
import com.stillpoint.systemtests.ServiceJars;
import com.stillpoint.testing.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The platform as it runs in production, scaled out: two instances of every service, each its own process from its
 * executable jar, against a standalone KRaft broker and a standalone mongo-java-server (H2 file), both in processes
 * of their own so a scenario can restart them. Mail goes to GreenMail, texts to a Twilio-compatible stub that can
 * fail and time out. Everything listens on free ports, and all state lives under {@code target/faults}.
 */
final class FaultyPlatform implements AutoCloseable {

    static final String BOOKING = "booking-service";
    static final String INTAKE = "intake-service";
    static final String NOTIFICATION = "notification-service";
    static final Path HOME = Path.of("target", "faults");
    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Longer than the stub's late answers are delayed, so those sends are ambiguous to the service. */
    static final Duration SMS_READ_TIMEOUT = Duration.ofSeconds(2);

    final KafkaBroker kafka;
    final MongoServerProcess mongo;
    final GreenMail mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    final SmsProviderStub sms = SmsProviderStub.get();
    final URI issuer;
    private final List<Instance> instances = new ArrayList<>();
    private final List<ManagedProcess> processes = new ArrayList<>();

    /** One running copy of a service. */
    record Instance(String service, ManagedProcess process, URI base) {

        void awaitHealthy() {
            process.awaitHttpOk(URI.create(base + "/actuator/health"), STARTUP);
        }

        /**
         * How many events this process's consumers received again after they had been processed (and skipped them),
         * from its Prometheus endpoint; counted since the process started.
         */
        long duplicatesSkipped() {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build();
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofLines()).body()
                        .filter(line -> line.startsWith("stillpoint_events_processed_total{")
                                && line.contains("outcome=\"duplicate-skipped\""))
                        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                        .sum();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    FaultyPlatform() {
        deleteRecursively(HOME);
        Path logs = HOME.resolve("logs");
        kafka = new KafkaBroker(new KafkaBrokerSettings(FreePorts.next(), FreePorts.next(), HOME.resolve("kafka"),
                logs.resolve("kafka.log"), STARTUP)).launch();
        mongo = new MongoServerProcess(new MongoServerSettings(FreePorts.next(), HOME.resolve("mongo/stillpoint.h2"),
                logs.resolve("mongo.log"), STARTUP)).launch();
        mail.start();
        sms.keepTimeWith(Clock.systemUTC());
        kafka.awaitReady();
        mongo.awaitReady();

        int authPort = FreePorts.next();
        issuer = URI.create("http://localhost:" + authPort);
        ManagedProcess auth = ManagedProcess.executableJar("auth-server", ServiceJars.executableJarOf("auth-server"))
                .arguments("--server.port=" + authPort, "--stillpoint.auth.issuer=" + issuer)
                .logFile(logs.resolve("auth-server.log")).start();
        processes.add(auth);
        auth.awaitHttpOk(URI.create(issuer + "/actuator/health"), STARTUP);

        List<String> common = List.of(
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.mongodb.uri=" + mongo.connectionString(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                // Four partitions, so both instances of a consumer group get some.
                "--stillpoint.kafka.partitions=4",
                "--stillpoint.kafka.retries=2",
                "--stillpoint.outbox.sweep-interval=2s");
        // Only the first booking instance seeds the demo chain: two seeding at once would race for its documents.
        Instance firstBooking = launch(BOOKING, 1, concat(common, List.of("--stillpoint.demo.seed=true")));
        for (int copy = 1; copy <= 2; copy++) {
            launch(INTAKE, copy, common);
            launch(NOTIFICATION, copy, concat(common, notificationSettings()));
        }
        firstBooking.awaitHealthy();
        launch(BOOKING, 2, common);
        instances.forEach(Instance::awaitHealthy);
    }

    private List<String> notificationSettings() {
        // Quiet hours far from now in the clients' zone (UTC), so every text of the run may go at once.
        LocalTime quietFrom = LocalTime.now(ZoneOffset.UTC).plusHours(12).withMinute(0).withSecond(0).withNano(0);
        return List.of(
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--stillpoint.notification.sms.base-url=" + sms.baseUrl(),
                "--stillpoint.notification.sms.account-sid=" + SmsProviderStub.ACCOUNT,
                "--stillpoint.notification.sms.auth-token=" + SmsProviderStub.AUTH_TOKEN,
                "--stillpoint.notification.sms.read-timeout=" + SMS_READ_TIMEOUT.toMillis() + "ms",
                "--stillpoint.notification.poll-interval=1s",
                "--stillpoint.notification.retry-backoff=2s",
                "--stillpoint.notification.max-retry-backoff=10s",
                "--stillpoint.notification.quiet-hours.start=" + quietFrom,
                "--stillpoint.notification.quiet-hours.end=" + quietFrom.plusHours(1));
    }

    private Instance launch(String service, int copy, List<String> arguments) {
        int port = FreePorts.next();
        String name = service + "-" + copy;
        ManagedProcess process = ManagedProcess.executableJar(name, ServiceJars.executableJarOf(service))
                .jvmOptions("-Xmx384m", "-XX:TieredStopAtLevel=1")
                .arguments(concat(arguments, List.of("--server.port=" + port)))
                .logFile(HOME.resolve("logs").resolve(name + ".log"))
                .start();
        processes.add(process);
        Instance instance = new Instance(service, process, URI.create("http://127.0.0.1:" + port));
        instances.add(instance);
        return instance;
    }

    List<Instance> instancesOf(String service) {
        return instances.stream().filter(instance -> instance.service().equals(service)).toList();
    }

    private static List<String> concat(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        mongo.close();
        kafka.close();
        mail.stop();
    }
}
