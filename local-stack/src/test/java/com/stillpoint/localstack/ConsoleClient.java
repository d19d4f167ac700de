package com.stillpoint.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP against the dev console, answering every status instead of throwing, so tests can assert on errors. */
public final class ConsoleClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ConsoleClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", basic(user, password))
                .GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(formPost(path, form));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String user, String password) {
        return send(formPost(path, form).header("Authorization", basic(user, password)));
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
