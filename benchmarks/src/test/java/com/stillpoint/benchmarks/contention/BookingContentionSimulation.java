package com.stillpoint.benchmarks.contention;

import com.stillpoint.benchmarks.support.ServiceProcesses;
import com.stillpoint.testing.TestInfrastructure;
import com.stillpoint.testing.TestIssuer;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Booking contention (Gatling): {@value ContendedTimes#DEFAULT_CLIENTS} front-desk clients at once for 60 s, each
 * trying a random time on one of 20 therapist-days (4 therapists × 5 days, 60 and 90 minute sessions, any free room)
 * of booking-service, running as its own process from its executable jar with the demo chain. Each client tries
 * again every {@code contention.pace} (500 ms unless told), or at once when an answer took longer, and finishes the
 * attempt under way when the time is up. Every answer must be 201 (booked) or 409 (taken); afterwards the stored
 * appointments are checked for overlaps. The same load runs first for 20 s on other days, unmeasured, so the
 * figures are those of a warm service rather than of its JIT compiler.
 *
 * <p>Run alone: {@code ./mvnw -B -pl benchmarks -am -Pbenchmarks verify -DskipTests -Dskip.jmh -Dskip.processes}; the
 * HTML report is written to {@code benchmarks/target/gatling/bookingcontentionsimulation-<time>/index.html}.
 */
public class BookingContentionSimulation extends Simulation {

    private final TestInfrastructure infrastructure = TestInfrastructure.selected();
    private final ServiceProcesses processes = new ServiceProcesses(infrastructure, TestIssuer.get().issuer());
    private final ContendedTimes times = ContendedTimes.fromSystemProperties();
    private final ContentionRun run;

    public BookingContentionSimulation() {
        ServiceProcesses.Service booking = processes.start("booking-service", "--stillpoint.demo.seed=true",
                "--spring.mongodb.database=" + ContentionRun.DATABASE, "--logging.level.com.stillpoint=WARN")
                .awaitHealthy();
        String token = TestIssuer.get().staffToken("bench.desk", ContendedTimes.CHAIN, List.of("CHAIN_ADMIN"),
                List.of(), null);
        run = ContentionRun.prepare(booking, token, infrastructure);

        HttpProtocolBuilder api = http.baseUrl(booking.base().toString())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .authorizationHeader("Bearer " + token);
        ScenarioBuilder warmUp = desks("Warm-up on other days (not measured)", "warm-up book", times.warmUpLoad(),
                false);
        ScenarioBuilder measured = desks("Front desks booking contended times", "book", times, true);
        setUp(warmUp.injectOpen(atOnceUsers(times.clients()))
                .andThen(measured.injectOpen(atOnceUsers(times.clients())))).protocols(api);
    }

    private ScenarioBuilder desks(String name, String request, ContendedTimes load, boolean measured) {
        return scenario(name).exec(
                during(load.duration(), false).on(
                        pace(load.pace()),
                        exec(session -> session.set("body", load.randomRequest()).set("key", load.idempotencyKey())),
                        exec(http(request).post("/api/appointments")
                                .header("Idempotency-Key", "#{key}")
                                .body(StringBody("#{body}"))
                                .check(status().saveAs("status"), responseTimeInMillis().saveAs("time"),
                                        status().in(201, 409))),
                        exec(session -> {
                            if (measured && session.contains("status")) {
                                run.record(session.getInt("status"), session.getInt("time"));
                            }
                            return session.remove("status").remove("time");
                        })));
    }

    @Override
    public void after() {
        try {
            run.finish(times);
        } finally {
            processes.close();
        }
    }
}
