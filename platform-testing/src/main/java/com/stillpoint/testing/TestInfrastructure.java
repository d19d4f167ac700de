package com.stillpoint.testing;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one place that decides which Kafka and MongoDB the tests talk to, and starts them once per JVM.
 *
 * <p>Spring tests get the addresses through {@link InfrastructureContextCustomizerFactory}; process-level tests
 * (the end-to-end suite) read them from {@link #selected()}. A test class annotated with
 * {@link RunsOn} overrides the JVM-wide choice, which is how the Testcontainers variants of a test reuse its code.
 */
public abstract class TestInfrastructure {

    private static final Map<InfrastructureKind, TestInfrastructure> STARTED = new EnumMap<>(InfrastructureKind.class);

    /** The infrastructure chosen by {@value InfrastructureKind#PROPERTY} (embedded unless told otherwise). */
    public static TestInfrastructure selected() {
        return of(InfrastructureKind.fromSystemProperty());
    }

    public static synchronized TestInfrastructure of(InfrastructureKind kind) {
        return STARTED.computeIfAbsent(kind, TestInfrastructure::start);
    }

    /** The infrastructure of a test class: its {@link RunsOn} pin, else the JVM-wide switch. */
    public static TestInfrastructure forTestClass(Class<?> testClass) {
        return of(kindFor(testClass));
    }

    /** What a test class runs on: its {@link RunsOn} pin (also on an enclosing class), else the JVM-wide switch. */
    static InfrastructureKind kindFor(Class<?> testClass) {
        RunsOn runsOn = findRunsOn(testClass);
        return runsOn == null ? InfrastructureKind.fromSystemProperty() : runsOn.value();
    }

    private static RunsOn findRunsOn(Class<?> type) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getEnclosingClass()) {
            RunsOn runsOn = candidate.getAnnotation(RunsOn.class);
            if (runsOn != null) {
                return runsOn;
            }
        }
        return null;
    }

    private static TestInfrastructure start(InfrastructureKind kind) {
        TestInfrastructure infrastructure = switch (kind) {
            case EMBEDDED -> new EmbeddedInfrastructure();
            case CONTAINERS -> new ContainerInfrastructure();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "stop-" + kind));
        return infrastructure;
    }

    public abstract InfrastructureKind kind();

    public abstract String kafkaBootstrapServers();

    /** A connection string; each service names its own database with {@code spring.mongodb.database}. */
    public abstract String mongoUri();

    /**
     * Takes MongoDB away from everyone connected to it, as a crash or a partition does, until the returned outage
     * is closed. Its data is there again afterwards.
     */
    public abstract Outage interruptMongo();

    /** A fault in progress; closing it ends the fault. */
    @FunctionalInterface
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    abstract void stop();
}
