package com.stillpoint.benchmarks.contention;

import com.stillpoint.benchmarks.support.Baselines;
import com.stillpoint.benchmarks.support.Figure;
import com.stillpoint.benchmarks.support.Figure.Unit;
import com.stillpoint.benchmarks.support.FigureReport;
import com.stillpoint.benchmarks.support.LatencySummary;
import com.stillpoint.benchmarks.support.ServiceProcesses;
import com.stillpoint.testing.TestInfrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import static org.awaitility.Awaitility.await;

/**
 * What the contention simulation needs besides Gatling: the demo chain awaited, the baselines measured against the
 * same broker and Mongo server before the load, every answer's status and time recorded during it (as Gatling's
 * report shows them too), and afterwards the stored appointments checked and the figures published.
 */
public final class ContentionRun {

    static final String DATABASE = "benchmark_contention";

    private final TestInfrastructure infrastructure;
    private final Baselines baselines;
    private final ConcurrentLinkedQueue<Duration> times = new ConcurrentLinkedQueue<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswered = new AtomicLong(Long.MIN_VALUE);

    private ContentionRun(TestInfrastructure infrastructure, Baselines baselines) {
        this.infrastructure = infrastructure;
        this.baselines = baselines;
    }

    /** Waits until the demo chain is seeded, then measures the baselines. */
    public static ContentionRun prepare(ServiceProcesses.Service booking, String token,
                                        TestInfrastructure infrastructure) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest client = HttpRequest.newBuilder(URI.create(booking.base() + "/api/clients/" + ContendedTimes.CLIENT))
                .header("Authorization", "Bearer " + token).build();
        await("the demo chain").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> statusOf(http, client) == 200);
        return new ContentionRun(infrastructure,
                Baselines.measure(infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri()));
    }

    private static int statusOf(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** One answer, just received: its status and how long it took. */
    public void record(int status, long responseTimeMillis) {
        long now = System.currentTimeMillis();
        times.add(Duration.ofMillis(responseTimeMillis));
        statuses.computeIfAbsent(status, key -> new LongAdder()).increment();
        firstSent.accumulateAndGet(now - responseTimeMillis, Math::min);
        lastAnswered.accumulateAndGet(now, Math::max);
    }

    /** Reads what was stored and publishes the figures. */
    public void finish(ContendedTimes load) {
        StoredBookings stored = StoredBookings.read(infrastructure.mongoUri(), DATABASE, ContendedTimes.CHAIN);
        long overlaps = stored.therapistOverlaps() + stored.roomOverlaps();
        LatencySummary latency = LatencySummary.of(List.copyOf(times));
        double seconds = (lastAnswered.get() - firstSent.get()) / 1000.0;
        double attemptsPerSecond = latency.samples() / seconds;
        long created = count(201);
        new FigureReport("Booking contention (Gatling, booking-service as a process)", baselines)
                .add(new Figure("overlapping bookings stored", overlaps, Unit.COUNT, "0", overlaps == 0))
                .add(new Figure("attempts per second", attemptsPerSecond, Unit.PER_SECOND, "≥ 300/s",
                        attemptsPerSecond >= 300))
                .add(new Figure("p99 of an attempt", latency.p99Millis(), Unit.MILLISECONDS, "≤ 150 ms",
                        latency.p99Millis() <= 150))
                .add(Figure.recorded("p50 of an attempt", latency.p50Millis(), Unit.MILLISECONDS))
                .note("%d clients for %s after a warm-up of %s on other days, a new attempt every %d ms per client (or at once after a slower answer), on %d therapist-days; %d attempts in %.1f s: %d booked (201), %d taken (409), %d other; %d appointments stored booked on those days (overlaps are counted over all days, warm-up included). Attempt latency: %s."
                        .formatted(load.clients(), load.duration(), load.warmUp(), load.pace().toMillis(),
                                load.therapistDays(), latency.samples(), seconds, created, count(409),
                                latency.samples() - created - count(409),
                                stored.booked().stream().filter(booked -> load.covers(booked.start())).count(),
                                latency))
                .publish();
    }

    private long count(int status) {
        LongAdder adder = statuses.get(status);
        return adder == null ? 0 : adder.sum();
    }
}
