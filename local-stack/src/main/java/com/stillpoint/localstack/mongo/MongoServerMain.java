package com.stillpoint.localstack.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the MongoDB wire protocol from an H2 MVStore file, with an oplog so change streams work.
 *
 * <p>Usage: {@code MongoServerMain <port> <h2-file>}; it binds {@code 127.0.0.1} only. SIGTERM runs a shutdown hook
 * that closes the server and the store, which is what makes the data durable: H2 commits in the background, so a
 * {@code kill -9} can lose the last second of writes.
 */
public final class MongoServerMain {

    private static final Logger log = LoggerFactory.getLogger(MongoServerMain.class);

    private MongoServerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: MongoServerMain <port> <h2-file>");
        }
        int port = Integer.parseInt(args[0]);
        Path databaseFile = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(databaseFile.getParent());

        MongoServer server = new MongoServer(new H2Backend(databaseFile.toString()));
        server.enableOplog();
        server.bind(MongoServerProcess.HOST, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            log.info("Stopped; {} is closed", databaseFile);
        }, "mongo-shutdown"));
        log.info("Listening on {}:{} with data in {}", MongoServerProcess.HOST, port, databaseFile);
        // main returns, but Netty's non-daemon event loop threads keep serving until SIGTERM.
    }
}
