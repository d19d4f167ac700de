package com.stillpoint.localstack.mongo;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a mongo-java-server process listens and keeps its data.
 *
 * @param port           the wire-protocol port on {@code 127.0.0.1}
 * @param databaseFile   the H2 MVStore file; created on first start, reused afterwards
 * @param logFile        the server's stdout and stderr
 * @param startupTimeout how long {@link MongoServerProcess#start()} waits for the port
 */
public record MongoServerSettings(int port, Path databaseFile, Path logFile, Duration startupTimeout) {
}
