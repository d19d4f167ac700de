package com.stillpoint.localstack.platform;

import com.stillpoint.localstack.kafka.KafkaBroker;
import com.stillpoint.localstack.kafka.KafkaBrokerSettings;
import com.stillpoint.localstack.mongo.MongoServerProcess;
import com.stillpoint.localstack.mongo.MongoServerSettings;
import com.stillpoint.localstack.process.ManagedProcess;
import com.stillpoint.localstack.process.ProcessNotReadyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole platform as processes: Kafka, then MongoDB, then the configured services, each once what it depends on
 * is healthy. {@link #shutdown()} stops them in reverse: services first, then MongoDB (so H2 closes its file while
 * nothing writes), then Kafka.
 *
 * <p>{@link #launch()} blocks until everything is ready, while {@link #shutdown()} may come from another thread
 * (Ctrl-C) at any moment: no process starts once shutdown has begun, and every process that did start is stopped.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    private final PlatformProperties properties;
    private final KafkaBroker kafka;
    private final MongoServerProcess mongo;
    private final Map<ServiceDefinition, ManagedProcess> services = new LinkedHashMap<>();

    private final Object startLock = new Object();
    private final Object shutdownLock = new Object();
    private final List<ManagedProcess> started = new ArrayList<>();
    private boolean stopping;
    private ExecutorService serviceStarters;

    public LocalPlatform(PlatformProperties properties) {
        this.properties = properties;
        Duration timeout = properties.startupTimeout();
        this.kafka = new KafkaBroker(new KafkaBrokerSettings(properties.kafka().port(),
                properties.kafka().controllerPort(), properties.state().resolve("kafka"),
                properties.logs().resolve("kafka.log"), timeout));
        this.mongo = new MongoServerProcess(new MongoServerSettings(properties.mongo().port(),
                properties.state().resolve("mongo").resolve("stillpoint.mv"), properties.logs().resolve("mongo.log"),
                timeout));
        for (ServiceDefinition service : LaunchPlan.launched(properties)) {
            services.put(service, ManagedProcess.executableJar(service.name(), properties.root().resolve(service.jar()))
                    .jvmOptions(service.jvmOptions())
                    .arguments(service.args())
                    .workingDirectory(properties.root())
                    .logFile(properties.logs().resolve(service.name() + ".log"))
                    .build());
        }
    }

    /**
     * Starts everything and returns once every process is ready, or early if {@link #shutdown()} begins meanwhile.
     *
     * @return {@code true} if everything is ready, {@code false} if shutdown interrupted the launch
     * @throws PlatformLaunchException if the configuration is wrong, a port is taken, a jar is missing or a process
     *                                 does not become ready; whatever had started is stopped again
     */
    public boolean launch() {
        LaunchPlan.check(properties);
        try {
            startInOrder();
            return true;
        } catch (RuntimeException failure) {
            if (isStopping()) {
                log.info("Launch abandoned: the local stack is shutting down");
                return false;
            }
            shutdown();
            throw asLaunchFailure(failure);
        }
    }

    /** Stops every started process, newest first. Safe to call more than once and from any thread. */
    public void shutdown() {
        synchronized (shutdownLock) {
            List<ManagedProcess> toStop;
            synchronized (startLock) {
                stopping = true;
                toStop = new ArrayList<>(started);
                started.clear();
            }
            if (serviceStarters != null) {
                serviceStarters.shutdownNow();
            }
            Collections.reverse(toStop);
            for (ManagedProcess process : toStop) {
                log.info("Stopping {}", process.name());
                process.stop();
            }
        }
    }

    @Override
    public void close() {
        shutdown();
    }

    /** Every part of the platform with its address and current state, for the console's home page. */
    public List<ComponentStatus> components() {
        List<ComponentStatus> components = new ArrayList<>();
        components.add(ComponentStatus.of("Kafka", kafka.bootstrapServers(), kafka.process()));
        components.add(ComponentStatus.of("MongoDB", mongo.connectionString(), mongo.process()));
        for (ServiceDefinition service : properties.services()) {
            ManagedProcess process = services.get(service);
            components.add(process == null ? ComponentStatus.skipped(service.name(), service.baseUrl())
                    : ComponentStatus.of(service.name(), service.baseUrl(), process));
        }
        return components;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    private void startInOrder() {
        long startedAt = System.nanoTime();
        launchUnlessStopping(kafka.process(), kafka::launch);
        kafka.awaitReady();
        log.info("Kafka is ready on {} ({})", kafka.bootstrapServers(), since(startedAt));
        launchUnlessStopping(mongo.process(), mongo::launch);
        mongo.awaitReady();
        log.info("MongoDB is ready on {} ({})", mongo.connectionString(), since(startedAt));
        startServices(startedAt);
    }

    /** Each service starts as soon as the services it depends on are healthy; independent ones in parallel. */
    private void startServices(long startedAt) {
        if (services.isEmpty()) {
            return;
        }
        synchronized (startLock) {
            serviceStarters = Executors.newFixedThreadPool(services.size(), runnable -> {
                Thread thread = new Thread(runnable, "service-starter");
                thread.setDaemon(true);
                return thread;
            });
        }
        Map<String, CompletableFuture<Void>> healthy = new LinkedHashMap<>();
        properties.skip().forEach(skipped -> healthy.put(skipped, CompletableFuture.completedFuture(null)));
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        services.forEach((service, process) -> {
            CompletableFuture<?>[] dependencies = service.dependsOn().stream().map(healthy::get)
                    .toArray(CompletableFuture[]::new);
            CompletableFuture<Void> ready = CompletableFuture.allOf(dependencies).thenRunAsync(() -> {
                launchUnlessStopping(process, process::start);
                process.awaitHttpOk(service.healthUrl(), properties.startupTimeout());
                log.info("{} is healthy at {} ({})", service.name(), service.baseUrl(), since(startedAt));
            }, serviceStarters);
            ready.exceptionally(failure -> {
                firstFailure.completeExceptionally(failure);
                return null;
            });
            healthy.put(service.name(), ready);
        });
        CompletableFuture.allOf(healthy.values().toArray(CompletableFuture[]::new))
                .thenRun(() -> firstFailure.complete(null));
        try {
            firstFailure.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            serviceStarters.shutdown();
        }
    }

    /** Forks a process unless shutdown has begun; the lock makes sure shutdown sees, and stops, every fork. */
    private void launchUnlessStopping(ManagedProcess process, Runnable launch) {
        synchronized (startLock) {
            if (stopping) {
                throw new ShutdownInProgress();
            }
            started.add(process);
            launch.run();
        }
    }

    private boolean isStopping() {
        synchronized (startLock) {
            return stopping;
        }
    }

    private PlatformLaunchException asLaunchFailure(RuntimeException failure) {
        if (failure instanceof PlatformLaunchException launchFailure) {
            return launchFailure;
        }
        String action = failure instanceof ProcessNotReadyException
                ? "Read the log quoted above; all logs are in " + properties.logs() + "."
                : "Check the logs in " + properties.logs() + ".";
        return new PlatformLaunchException("The local stack could not start: " + failure.getMessage(), action, failure);
    }

    private static String since(long startedAt) {
        return String.format(Locale.ROOT, "%.1f s after launch", (System.nanoTime() - startedAt) / 1e9);
    }

    private static final class ShutdownInProgress extends RuntimeException {
        ShutdownInProgress() {
            super("The local stack is shutting down", null, false, false);
        }
    }
}
