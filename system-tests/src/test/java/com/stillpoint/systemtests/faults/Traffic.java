package com.stillpoint.systemtests.faults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Front-desk traffic while a fault happens: clients book into the scenario's window, and some of them then move
 * or cancel, through booking-service's staff API, from several threads at once. Bookings collide on purpose (few
 * therapists, close slots), so the claims are tested under the fault too. Requests the platform cannot answer
 * during a fault count as failures, never as errors of the test.
 */
final class Traffic implements AutoCloseable {

    private static final double RESCHEDULE_SHARE = 0.25;
    private static final double CANCEL_SHARE = 0.3;

    private final StaffApi api;
    private final FaultLab lab;
    private final FaultLab.Window window;
    private final ExecutorService workers;
    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger booked = new AtomicInteger();
    final AtomicInteger taken = new AtomicInteger();
    final AtomicInteger rescheduled = new AtomicInteger();
    final AtomicInteger cancelled = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> lastUnexpected = new AtomicReference<>("none");

    private Traffic(StaffApi api, FaultLab lab, FaultLab.Window window, int threads) {
        this.api = api;
        this.lab = lab;
        this.window = window;
        this.workers = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            workers.submit(this::run);
        }
    }

    static Traffic start(StaffApi api, FaultLab lab, FaultLab.Window window, int threads) {
        return new Traffic(api, lab, window, threads);
    }

    private void run() {
        while (running.get()) {
            try {
                bookAndMaybeChange();
            } catch (RuntimeException unexpected) {
                // A thread that died here would silently thin out the traffic; count it and go on.
                failed.incrementAndGet();
                lastUnexpected.set(unexpected.toString());
            }
        }
    }

    private void bookAndMaybeChange() {
        StaffApi.Answer booking = api.post("/api/appointments", Map.of("clientId", any(lab.clients).id(),
                "clinicId", lab.clinicId, "serviceId", FaultLab.SERVICE, "therapistId", any(lab.therapistIds),
                "start", any(window.slots()).toString()));
        if (!count(booking, booked)) {
            return;
        }
        double next = ThreadLocalRandom.current().nextDouble();
        String appointment = "/api/appointments/" + booking.id();
        if (next < RESCHEDULE_SHARE) {
            count(api.post(appointment + "/reschedule", Map.of("start", any(window.slots()).toString())),
                    rescheduled);
        } else if (next < RESCHEDULE_SHARE + CANCEL_SHARE) {
            count(api.post(appointment + "/cancellation", Map.of("cancelledBy", "CLINIC",
                    "reason", "fault run")), cancelled);
        }
    }

    /** Counts the answer; true if it succeeded. */
    private boolean count(StaffApi.Answer answer, AtomicInteger succeeded) {
        if (answer.status() == 200 || answer.status() == 201) {
            succeeded.incrementAndGet();
            return true;
        }
        (answer.status() == 409 ? taken : failed).incrementAndGet();
        return false;
    }

    private static <T> T any(List<T> choices) {
        return choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
    }

    /** Stops after the requests in progress. */
    @Override
    public void close() {
        running.set(false);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return booked + " booked, " + rescheduled + " rescheduled, " + cancelled + " cancelled, " + taken
                + " refused as taken (409), " + failed + " failed (last unexpected: " + lastUnexpected + ")";
    }
}
