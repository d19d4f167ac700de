package com.stillpoint.booking;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.Map;
import java.util.UUID;

/** Staff API calls with a bearer token, for tests that care about the answer rather than the plumbing. */
public final class StaffApi {

    private final RestTestClient client;
    private final String token;

    public StaffApi(RestTestClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /** A call with a fresh Idempotency-Key (which endpoints that don't need one ignore). */
    public RestTestClient.ResponseSpec call(HttpMethod method, String path, Object body, Object... uriVariables) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(path, uriVariables)
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange();
    }

    /** A POST with a fresh Idempotency-Key. */
    public RestTestClient.ResponseSpec create(String path, Object body) {
        return call(HttpMethod.POST, path, body);
    }

    public Map<?, ?> expect(RestTestClient.ResponseSpec response, HttpStatus status) {
        return response.expectStatus().isEqualTo(status).returnResult(Map.class).getResponseBody();
    }

    public static void assertProblem(RestTestClient.ResponseSpec response, HttpStatus status, String code) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.status").isEqualTo(status.value());
    }
}
