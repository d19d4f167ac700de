package com.stillpoint.localstack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * The smallest stand-in for a service, run as a child process by tests: announces itself, optionally answers 200 on
 * {@code /health}, reports a graceful stop from a shutdown hook, and otherwise runs until stopped.
 *
 * <p>Usage: {@code TinyService <http-port, or 0 for none> [exit-code to exit with at once]}.
 */
public final class TinyService {

    public static final String STARTED = "tiny service started";
    public static final String STOPPING_GRACEFULLY = "tiny service stopping gracefully";

    private TinyService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.out.println(STARTED);
        if (args.length > 1) {
            System.exit(Integer.parseInt(args[1]));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(STOPPING_GRACEFULLY)));
        int port = Integer.parseInt(args[0]);
        if (port > 0) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/health", exchange -> {
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }
        new CountDownLatch(1).await();
    }
}
