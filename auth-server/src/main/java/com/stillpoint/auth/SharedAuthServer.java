package com.stillpoint.auth;

import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One auth server per JVM for other modules' tests (staff page sign-in, real tokens), started on a free port on
 * first use and stopped when the JVM exits.
 */
public final class SharedAuthServer {

    /** The property prefix of the staff sign-in provider, as every service's client registration names it. */
    public static final String STAFF_PROVIDER = "spring.security.oauth2.client.provider.stillpoint.";

    private static ConfigurableApplicationContext server;

    private SharedAuthServer() {
    }

    /** The shared server's application context; starts it on first use. */
    public static synchronized ConfigurableApplicationContext context() {
        if (server == null) {
            server = AuthServerApplication.start("--server.port=0");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-shared-auth-server"));
        }
        return server;
    }

    /** The issuer of the shared server, {@code http://localhost:<port>}; starts it on first use. */
    public static URI issuer() {
        return AuthServerApplication.issuer(context());
    }

    /**
     * The client registration's provider endpoints at the shared server, for a staff-page test's
     * {@code @DynamicPropertySource}: {@code staffSignIn().forEach(registry::add)}. Suppliers, so the server starts
     * only when a context is built.
     */
    public static Map<String, Supplier<Object>> staffSignIn() {
        return Map.of(
                STAFF_PROVIDER + "authorization-uri", () -> issuer() + "/oauth2/authorize",
                STAFF_PROVIDER + "token-uri", () -> issuer() + "/oauth2/token",
                STAFF_PROVIDER + "jwk-set-uri", () -> issuer() + "/oauth2/jwks");
    }
}
