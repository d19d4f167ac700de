package com.stillpoint.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An OpenID provider for tests: the identity provider is an edge of the platform (any OIDC provider in
 * production), so tests stand in for it with a real HTTP server that publishes a discovery document and a JWK set,
 * and tokens signed with its key. Services validate them exactly as they validate production tokens.
 *
 * <p>One per test JVM; every Spring test context gets its issuer URI.
 */
public final class TestIssuer {

    private static TestIssuer instance;

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("Cannot start the test issuer", e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/authorize",
                 "token_endpoint":"%1$s/token","subject_types_supported":["public"],
                 "response_types_supported":["code"],"id_token_signing_alg_values_supported":["RS256"]}
                """.formatted(issuer)));
        server.createContext("/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "stop-test-issuer"));
    }

    public static synchronized TestIssuer get() {
        if (instance == null) {
            instance = new TestIssuer();
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    /** A staff token as the platform's identity provider issues it (claims: docs/engineering-notes.md). */
    public String staffToken(String username, String chainId, List<String> roles, List<String> clinicIds,
                             String therapistId) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(username)
                .claim("name", username)
                .claim("chain_id", chainId)
                .claim("roles", roles)
                .claim("clinic_ids", clinicIds);
        if (therapistId != null) {
            claims.claim("therapist_id", therapistId);
        }
        return sign(claims);
    }

    /** A token with exactly these claims, for tests of what a malformed or foreign token gets. */
    public String token(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        return sign(builder);
    }

    private String sign(JWTClaimsSet.Builder claims) {
        Instant now = Instant.now();
        claims.issuer(issuer).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString());
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    private static void respond(HttpExchange exchange, String json) {
        try (exchange) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
