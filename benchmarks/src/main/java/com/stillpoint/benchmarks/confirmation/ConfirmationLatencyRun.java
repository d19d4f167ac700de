package com.stillpoint.benchmarks.confirmation;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.stillpoint.benchmarks.support.Baselines;
import com.stillpoint.benchmarks.support.Figure;
import com.stillpoint.benchmarks.support.Figure.Unit;
import com.stillpoint.benchmarks.support.FigureReport;
import com.stillpoint.benchmarks.support.LatencySummary;
import com.stillpoint.benchmarks.support.ServiceProcesses;
import com.stillpoint.benchmarks.support.ServiceProcesses.Service;
import com.stillpoint.testing.FreePorts;
import com.stillpoint.testing.TestInfrastructure;
import com.stillpoint.testing.TestIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Booking to confirmation accepted by SMTP: booking-service and notification-service as processes from their
 * executable jars against one broker and one Mongo server, GreenMail in this JVM as the mail server. Each sample is
 * one desk booking (POST) for the demo client, who takes confirmations by email, timed from the moment the request
 * is sent until GreenMail has accepted the confirmation; bookings follow one another, each on a free time.
 *
 * <p>Run: {@code ./mvnw -B -pl benchmarks -am -Pbenchmarks verify -Dskip.jmh -Dgatling.skip} (with the startup
 * figures, which use the same switch).
 */
public final class ConfirmationLatencyRun {

    private static final int WARM_UP = Integer.getInteger("confirmation.warm-up", 30);
    private static final int SAMPLES = Integer.getInteger("confirmation.samples", 200);
    private static final Duration FIRST_CONFIRMATION = Duration.ofMinutes(2);
    private static final Duration CONFIRMATION = Duration.ofSeconds(30);

    private ConfirmationLatencyRun() {
    }

    public static void main(String[] args) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.selected();
        GreenMail mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (ServiceProcesses processes = new ServiceProcesses(infrastructure, TestIssuer.get().issuer())) {
            Service booking = processes.start("booking-service", "--stillpoint.demo.seed=true",
                    "--logging.level.com.stillpoint=WARN");
            Service notification = processes.start("notification-service",
                    "--spring.mail.port=" + mail.getSmtp().getPort(), "--logging.level.com.stillpoint=WARN");
            booking.awaitHealthy();
            notification.awaitHealthy();
            Desk desk = new Desk(booking.base(), TestIssuer.get().staffToken("bench.desk", FreeTimes.CHAIN,
                    List.of("CHAIN_ADMIN"), List.of(), null));
            FreeTimes times = new FreeTimes();
            // The first confirmation waits for the demo chain's reference data and client to reach notification.
            timeToConfirmation(mail, desk, times.next(), FIRST_CONFIRMATION);
            Baselines baselines = Baselines.measure(infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri());
            List<Duration> toConfirmation = new ArrayList<>();
            List<Duration> toBooked = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                Sample sample = timeToConfirmation(mail, desk, times.next(), CONFIRMATION);
                if (i >= WARM_UP) {
                    toConfirmation.add(sample.confirmed());
                    toBooked.add(sample.booked());
                }
            }
            int bookings = 1 + WARM_UP + SAMPLES;
            int mails = mail.getReceivedMessages().length;
            LatencySummary confirmation = LatencySummary.of(toConfirmation);
            LatencySummary booked = LatencySummary.of(toBooked);
            new FigureReport("Booking to confirmation accepted by SMTP (booking and notification as processes)",
                    baselines)
                    .add(new Figure("p50 booking to confirmation", confirmation.p50Millis(), Unit.MILLISECONDS,
                            "≤ 100 ms", confirmation.p50Millis() <= 100))
                    .add(new Figure("p99 booking to confirmation", confirmation.p99Millis(), Unit.MILLISECONDS,
                            "≤ 500 ms", confirmation.p99Millis() <= 500))
                    .add(Figure.recorded("p50 of the booking request alone (201)", booked.p50Millis(),
                            Unit.MILLISECONDS))
                    .note("%d bookings one after another after %d warm-ups. To confirmation: %s. Booking request: %s."
                            .formatted(SAMPLES, WARM_UP, confirmation, booked))
                    .note("GreenMail accepted %d mails for %d bookings%s.".formatted(mails, bookings, mails == bookings
                            ? ": one confirmation each" : ", so some samples may have been timed by another mail"))
                    .publish();
        } finally {
            mail.stop();
        }
        // The embedded broker's threads would keep the JVM alive; its shutdown hook stops it.
        System.exit(0);
    }

    private record Sample(Duration booked, Duration confirmed) {
    }

    private static Sample timeToConfirmation(GreenMail mail, Desk desk, String request, Duration timeout)
            throws InterruptedException {
        // GreenMail's wait object counts all mail it ever received: wait for one more than it has now.
        int received = mail.getReceivedMessages().length;
        CountDownLatch accepted = mail.getManagers().getSmtpManager().createAndAddNewWaitObject(received + 1);
        long start = System.nanoTime();
        desk.book(request);
        Duration booked = Duration.ofNanos(System.nanoTime() - start);
        if (!accepted.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("No confirmation within " + timeout + " for " + request);
        }
        return new Sample(booked, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The front desk's booking call. */
    private record Desk(URI booking, String token) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        void book(String request) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(booking + "/api/appointments"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("Booking refused (" + response.statusCode() + "): "
                            + response.body());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
