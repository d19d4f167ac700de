package com.stillpoint.intake.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Staff API calls with a bearer token, as a staff tool makes them. */
public final class StaffApi {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public StaffApi(String base) {
        this.base = base;
    }

    public HttpResponse<String> call(String method, String path, String jsonBody, Staff as) {
        return call(method, path, jsonBody, as == null ? null : as.token());
    }

    public HttpResponse<String> call(String method, String path, String jsonBody, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, Staff as) {
        return call("GET", path, null, as);
    }

    public HttpResponse<String> post(String path, String jsonBody, Staff as) {
        return call("POST", path, jsonBody, as);
    }

    public HttpResponse<String> put(String path, String jsonBody, Staff as) {
        return call("PUT", path, jsonBody, as);
    }
}
