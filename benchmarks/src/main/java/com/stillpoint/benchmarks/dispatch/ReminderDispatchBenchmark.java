package com.stillpoint.benchmarks.dispatch;

import com.stillpoint.benchmarks.support.InProcessService;
import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.notification.NotificationApplication;
import com.stillpoint.notification.dispatch.Dispatcher;
import com.stillpoint.notification.dispatch.DuePoller;
import com.stillpoint.notification.recipients.Recipients;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageScheduling;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.schedule.ScheduledMessages;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.MutableClock;
import com.stillpoint.testing.TestInfrastructure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Reminder dispatch throughput: a batch of {@value #BATCH} text reminders falls due at once, and one poll of the
 * real notification-service (due buckets, claims with leases, delivery rules, rendering, Resilience4j guards) sends
 * them through a WireMock provider that fails 5% of sends with 503. Everything runs on the test infrastructure
 * (embedded broker, mongo-java-server in memory). The score is the time per reminder; the baseline sends as many
 * plain HTTP requests to the same provider from as many threads, without the service: the provider's own ceiling.
 *
 * <p>After the run it prints how many reminders went out and how many texts the provider took twice (must be 0).
 * Run: {@code ./mvnw -B -pl benchmarks -am -Pbenchmarks verify -Dbenchmarks=ReminderDispatch}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ReminderDispatchBenchmark {

    static final int BATCH = 1000;
    private static final int THREADS = 8;
    private static final String CHAIN = "bench";
    private static final String CLINIC = "bench-clinic";
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    /** A Monday in Vancouver; every batch is booked a day later, at 10:00, and its reminders fall due at 11:00. */
    private static final Instant START = Instant.parse("2030-01-07T17:00:00Z");

    /** The service's clock, read by the running service through its {@link Clock} bean. */
    @Configuration(proxyBeanMethods = false)
    static class BenchmarkClock {

        static final MutableClock CLOCK = new MutableClock(START);

        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    /** The provider, and the service started against it. */
    @State(Scope.Benchmark)
    public static class Service {

        FaultySmsProvider provider;
        ConfigurableApplicationContext context;
        final AtomicLong numbers = new AtomicLong(2_000_000);
        final AtomicLong due = new AtomicLong();
        final AtomicLong sent = new AtomicLong();

        @Setup(Level.Trial)
        public void start() {
            provider = new FaultySmsProvider(0.05);
            TestInfrastructure infrastructure = TestInfrastructure.selected();
            Map<String, String> settings = new HashMap<>();
            settings.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            settings.put("spring.mongodb.uri", infrastructure.mongoUri());
            settings.put("server.port", "0");
            settings.put("stillpoint.notification.poll-interval", "1h");
            settings.put("stillpoint.notification.dispatch-threads", String.valueOf(THREADS));
            settings.put("stillpoint.notification.sms.base-url", provider.baseUrl());
            settings.put("stillpoint.notification.sms.account-sid", FaultySmsProvider.ACCOUNT);
            settings.put("stillpoint.notification.sms.auth-token", FaultySmsProvider.AUTH_TOKEN);
            settings.put("resilience4j.retry.instances.sms.wait-duration", "20ms");
            settings.put("resilience4j.ratelimiter.instances.sms.limit-for-period", "2000");
            settings.put("resilience4j.bulkhead.instances.sms.max-concurrent-calls", "32");
            settings.put("logging.level.com.stillpoint", "ERROR");
            context = InProcessService.run(NotificationApplication.class, settings, BenchmarkClock.class);
            TenantContext.runAs(CHAIN, () -> context.getBean(ClinicDirectory.class).apply(new ClinicChanged(
                    UUID.randomUUID(), START, CHAIN, CLINIC, "Stillpoint Bench", VANCOUVER, "+16045550100",
                    "1 Bench Street")));
        }

        String newNumber() {
            return "+1778" + numbers.incrementAndGet();
        }

        @TearDown(Level.Trial)
        public void report() {
            if (due.get() > 0) {
                System.out.printf("%nReminders due: %d, sent: %d; provider faults: %d; texts taken twice: %d%n",
                        due.get(), sent.get(), provider.faults(), provider.duplicates());
                new DispatchCounts(due.get(), sent.get(), provider.faults(), provider.duplicates()).save();
            }
            context.close();
            provider.close();
        }
    }

    /**
     * A new batch for each invocation, not measured: {@value #BATCH} new clients book for tomorrow, their
     * confirmations go out, and the clock moves to when their text reminders are due, a day before.
     */
    @State(Scope.Benchmark)
    public static class DueBatch {

        List<String> reminderIds = List.of();

        @Setup(Level.Invocation)
        public void fallsDue(Service service) {
            MutableClock clock = BenchmarkClock.CLOCK;
            clock.advanceTo(clock.instant().atZone(VANCOUVER).toLocalDate().plusDays(1).atTime(10, 0)
                    .atZone(VANCOUVER).toInstant());
            Instant tomorrow = clock.instant().plus(Duration.ofHours(25));
            Recipients recipients = service.context.getBean(Recipients.class);
            MessageScheduling scheduling = service.context.getBean(MessageScheduling.class);
            List<String> ids = new ArrayList<>();
            List<String> phones = new ArrayList<>();
            TenantContext.runAs(CHAIN, () -> {
                for (int i = 0; i < BATCH; i++) {
                    String clientId = "client-" + UUID.randomUUID();
                    String phone = service.newNumber();
                    recipients.apply(new ClientProfileChanged(UUID.randomUUID(), clock.instant(), CHAIN, clientId,
                            "Ada", null, phone, Locale.CANADA, VANCOUVER, Set.of(Channel.SMS), Channel.SMS, Map.of()));
                    AppointmentBooked booked = new AppointmentBooked(UUID.randomUUID(), clock.instant(), CHAIN,
                            "appt-" + UUID.randomUUID(), 2, clientId, CLINIC, "bench-therapist", "bench-room",
                            "bench-service", "SWEDISH", tomorrow, tomorrow.plus(Duration.ofHours(1)), VANCOUVER,
                            null, null);
                    scheduling.onBooked(booked);
                    ids.add(ScheduledMessage.keyOf(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS));
                    phones.add(phone);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !phones.stream().allMatch(phone -> service.provider.takenFor(phone) > 0)) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            clock.advanceBy(Duration.ofHours(1).plusMinutes(2));
            reminderIds = ids;
        }

        @TearDown(Level.Invocation)
        public void count(Service service) {
            ScheduledMessages messages = service.context.getBean(ScheduledMessages.class);
            service.due.addAndGet(reminderIds.size());
            service.sent.addAndGet(TenantContext.callAs(CHAIN, () -> messages.findAll(reminderIds).stream()
                    .filter(message -> message.status() == MessageStatus.SENT).count()));
        }
    }

    /** Plain HTTP clients for the baseline: as many threads as the dispatcher has. */
    @State(Scope.Benchmark)
    public static class PlainHttp {

        ExecutorService threads;
        HttpClient http;
        String credentials;

        @Setup(Level.Trial)
        public void start() {
            threads = Executors.newFixedThreadPool(THREADS);
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            credentials = Base64.getEncoder().encodeToString((FaultySmsProvider.ACCOUNT + ":"
                    + FaultySmsProvider.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
        }

        int send(URI messages, String to) {
            try {
                return http.send(HttpRequest.newBuilder(messages)
                        .header("Authorization", "Basic " + credentials)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("To=" + to.replace("+", "%2B")
                                + "&From=%2B16045550000&Body=baseline")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            threads.shutdownNow();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int dispatchADueBatch(Service service, DueBatch batch) {
        return service.context.getBean(DuePoller.class).pollOnce(service.context.getBean(Dispatcher.class));
    }

    /** The same number of sends as plain HTTP requests, each of the dispatcher's threads sending its share. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long baselinePlainHttpSends(Service service, PlainHttp plain) {
        URI messages = URI.create(service.provider.baseUrl() + "/2010-04-01/Accounts/" + FaultySmsProvider.ACCOUNT
                + "/Messages.json");
        List<CompletableFuture<Long>> shares = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            shares.add(CompletableFuture.supplyAsync(() -> {
                long taken = 0;
                for (int i = 0; i < BATCH / THREADS; i++) {
                    taken += plain.send(messages, service.newNumber()) == 201 ? 1 : 0;
                }
                return taken;
            }, plain.threads));
        }
        return shares.stream().mapToLong(CompletableFuture::join).sum();
    }
}
