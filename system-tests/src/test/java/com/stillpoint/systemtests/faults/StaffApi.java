package com.stillpoint.systemtests.faults;

import com.stillpoint.auth.DemoLogin;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chain administrator calling the staff APIs of a scaled-out service, spreading requests over its instances as a
 * load balancer would. Signs in again well before the access token (1 h) runs out.
 */
final class StaffApi {

    private static final Duration TOKEN_REFRESH = Duration.ofMinutes(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI issuer;
    private final List<URI> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant signedInAt = Instant.MIN;

    /** An answer; status 0 when no instance answered at all. */
    record Answer(int status, JsonNode body) {

        String id() {
            return body.get("id").asString();
        }
    }

    StaffApi(URI issuer, List<URI> instances) {
        this.issuer = issuer;
        this.instances = List.copyOf(instances);
    }

    Answer post(String path, Object body) {
        return call("POST", path, body, UUID.randomUUID().toString());
    }

    Answer put(String path, Object body) {
        return call("PUT", path, body, null);
    }

    private Answer call(String method, String path, Object body, String idempotencyKey) {
        URI base = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parsed(response.body()));
        } catch (IOException unreachable) {
            return new Answer(0, JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, JSON.nullNode());
        }
    }

    private static JsonNode parsed(String body) {
        try {
            return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (JacksonException notJson) {
            return JSON.nullNode();
        }
    }

    private synchronized String token() {
        if (Instant.now().isAfter(signedInAt.plus(TOKEN_REFRESH))) {
            token = DemoLogin.accessToken(issuer, "chain.admin", DemoLogin.DEMO_PASSWORD);
            signedInAt = Instant.now();
        }
        return token;
    }
}
