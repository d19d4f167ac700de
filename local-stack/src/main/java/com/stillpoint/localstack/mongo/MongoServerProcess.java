package com.stillpoint.localstack.mongo;

import com.stillpoint.localstack.process.ManagedProcess;
import com.stillpoint.localstack.process.TcpPorts;

/**
 * mongo-java-server on an H2 file, in its own JVM ({@link MongoServerMain}), so it can be stopped, killed and
 * restarted like a real {@code mongod}.
 */
public final class MongoServerProcess implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final MongoServerSettings settings;
    private final ManagedProcess process;

    public MongoServerProcess(MongoServerSettings settings) {
        this.settings = settings;
        this.process = ManagedProcess.javaMain("mongo", MongoServerMain.class.getName())
                .jvmOptions("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", ManagedProcess.PLAIN_LOGGING)
                .arguments(String.valueOf(settings.port()), settings.databaseFile().toAbsolutePath().toString())
                .logFile(settings.logFile())
                .build();
    }

    /**
     * {@link #launch()}, then {@link #awaitReady()}.
     *
     * @throws IllegalStateException if the port is taken
     * @throws com.stillpoint.localstack.process.ProcessNotReadyException if it does not come up in time
     */
    public MongoServerProcess start() {
        return launch().awaitReady();
    }

    /**
     * Forks the server without waiting for it; lets a caller start other processes meanwhile.
     *
     * @throws IllegalStateException if the port is taken
     */
    public MongoServerProcess launch() {
        TcpPorts.requireFree(HOST, settings.port(), "MongoDB");
        process.start();
        return this;
    }

    /**
     * Waits until the launched server accepts connections.
     *
     * @throws com.stillpoint.localstack.process.ProcessNotReadyException if it exits or the startup timeout passes
     */
    public MongoServerProcess awaitReady() {
        process.awaitPort(HOST, settings.port(), settings.startupTimeout());
        return this;
    }

    /** Stops the server gracefully, which closes the H2 file so every write is kept. */
    public void stop() {
        process.stop();
    }

    public MongoServerProcess restart() {
        stop();
        return start();
    }

    /** The value for {@code spring.mongodb.uri}; each service picks its own database. */
    public String connectionString() {
        return "mongodb://" + HOST + ":" + settings.port();
    }

    /** The server's process, for fault injection ({@link ManagedProcess#kill()}) and its log. */
    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        stop();
    }
}
