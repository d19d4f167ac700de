package com.stillpoint.auth;

import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;

/**
 * One auth server per JVM for other modules' tests (staff page sign-in, real tokens), started on a free port on
 * first use and stopped when the JVM exits.
 */
public final class SharedAuthServer {

    private static ConfigurableApplicationContext server;

    private SharedAuthServer() {
    }

    /** The issuer of the shared server, {@code http://localhost:<port>}; starts it on first use. */
    public static synchronized URI issuer() {
        if (server == null) {
            server = AuthServerApplication.start("--server.port=0");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-shared-auth-server"));
        }
        return AuthServerApplication.issuer(server);
    }
}
