package com.stillpoint.localstack.kafka;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a standalone broker listens and keeps its data.
 *
 * @param port           the client listener, {@code PLAINTEXT://127.0.0.1:port}
 * @param controllerPort the KRaft controller listener
 * @param directory      holds {@code server.properties} and the {@code data} log directory; data survives restarts
 * @param logFile        the broker's stdout and stderr
 * @param startupTimeout how long {@link KafkaBroker#start()} waits for the client port
 */
public record KafkaBrokerSettings(int port, int controllerPort, Path directory, Path logFile, Duration startupTimeout) {
}
