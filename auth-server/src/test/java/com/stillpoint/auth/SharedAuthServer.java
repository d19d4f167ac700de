package com.stillpoint.auth;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.URI;

/**
 * One auth server on a random port for all test classes of the JVM, started the way other modules start it.
 * Spring Boot's shutdown hook stops it when the JVM ends.
 */
final class SharedAuthServer {

    private static ConfigurableApplicationContext context;

    private SharedAuthServer() {
    }

    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = AuthServerApplication.start("--server.port=0");
        }
        return context;
    }

    static URI issuer() {
        return AuthServerApplication.issuer(context());
    }

    /** Checks signatures against the server's JWKS and the issuer, as a resource server would. */
    static JwtDecoder jwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer() + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer().toString()));
        return decoder;
    }
}
