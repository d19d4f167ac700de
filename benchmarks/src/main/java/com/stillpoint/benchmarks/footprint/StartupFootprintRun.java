package com.stillpoint.benchmarks.footprint;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.stillpoint.benchmarks.support.Baselines;
import com.stillpoint.benchmarks.support.Figure;
import com.stillpoint.benchmarks.support.Figure.Unit;
import com.stillpoint.benchmarks.support.FigureReport;
import com.stillpoint.benchmarks.support.ServiceProcesses;
import com.stillpoint.benchmarks.support.ServiceProcesses.Service;
import com.stillpoint.testing.FreePorts;
import com.stillpoint.testing.TestInfrastructure;
import com.stillpoint.testing.TestIssuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Startup time and memory of each service, started as in production: {@code java -jar} of its executable jar with
 * default JVM options, against a broker and Mongo server already running. Startup is the time from launching the
 * process until {@code /actuator/health} answers 200 (probed every 100 ms). Memory is the resident set
 * ({@code VmRSS} in {@code /proc/<pid>/status}) after a warm-up of {@value #WARM_UP_REQUESTS} health requests. Each
 * service is started {@value #RUNS} times, one at a time; the medians are reported.
 */
public final class StartupFootprintRun {

    private static final int RUNS = Integer.getInteger("footprint.runs", 3);
    private static final int WARM_UP_REQUESTS = 500;
    private static final List<String> SERVICES = List.of("auth-server", "booking-service", "intake-service",
            "notification-service");

    private StartupFootprintRun() {
    }

    public static void main(String[] args) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.selected();
        GreenMail mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (ServiceProcesses processes = new ServiceProcesses(infrastructure, TestIssuer.get().issuer())) {
            Baselines baselines = Baselines.measure(infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri());
            FigureReport report = new FigureReport("Service startup and resident memory (executable jars)", baselines);
            for (String module : SERVICES) {
                List<Double> startups = new ArrayList<>();
                List<Double> residents = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    int port = FreePorts.next();
                    long launched = System.nanoTime();
                    Service service = processes.startOn(port, module, argumentsOf(module, port, mail));
                    service.awaitHealthy();
                    startups.add((System.nanoTime() - launched) / 1_000_000.0);
                    warmUp(service.base());
                    residents.add(ProcStatus.residentMegabytes(service.process().pid()));
                    service.stop();
                }
                report.add(Figure.recorded(module + ": start to healthy (median of " + RUNS + ")", median(startups),
                        Unit.MILLISECONDS));
                report.add(Figure.recorded(module + ": resident memory after warm-up (median)", median(residents),
                        Unit.MEGABYTES));
                report.note("%s, each run: start to healthy %s ms; RSS %s MB.".formatted(module, rounded(startups),
                        rounded(residents)));
            }
            report.note("JVM: the default options of `java -jar` (no -Xmx, so a heap may grow to a quarter of the "
                    + "machine's memory).");
            report.publish();
        } finally {
            mail.stop();
        }
        System.exit(0);
    }

    private static String[] argumentsOf(String module, int port, GreenMail mail) {
        return switch (module) {
            case "auth-server" -> new String[]{"--stillpoint.auth.issuer=http://localhost:" + port};
            case "notification-service" -> new String[]{"--spring.mail.port=" + mail.getSmtp().getPort()};
            case "intake-service" -> new String[]{"--stillpoint.intake.public-base-url=http://127.0.0.1:" + port};
            default -> new String[0];
        };
    }

    private static void warmUp(URI base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build();
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            http.send(health, HttpResponse.BodyHandlers.discarding());
        }
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
