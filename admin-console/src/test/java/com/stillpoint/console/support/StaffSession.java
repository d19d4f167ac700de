package com.stillpoint.console.support;

import com.stillpoint.auth.DemoLogin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member signed in to the console over plain HTTP: the console's own OpenID Connect login against the
 * shared auth server, followed redirect by redirect, with a cookie jar for both. Lighter than a browser for tests
 * of what a page shows and who may open it.
 */
public final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;

    private final URI console;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private StaffSession(URI console) {
        this.console = console;
    }

    /** Signs {@code username} in to the console at {@code console}, starting from {@code path}. */
    public static StaffSession signIn(URI console, String username, String path) {
        StaffSession session = new StaffSession(console);
        HttpResponse<String> loginPage = session.follow(session.send(get(console.resolve(path))));
        HttpResponse<String> signedIn = session.send(form(loginPage.uri(), Map.of("username", username,
                "password", DemoLogin.DEMO_PASSWORD, "_csrf", csrfOf(loginPage.body()))));
        session.follow(signedIn);
        return session;
    }

    /** The page, after any redirect. */
    public HttpResponse<String> get(String path) {
        return follow(send(get(console.resolve(path))));
    }

    /** Submits a form as the page's own form would, with the CSRF token the page carries; redirects followed. */
    public HttpResponse<String> submit(String path, HttpResponse<String> fromPage, Map<String, String> fields) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put("_csrf", csrfOf(fromPage.body()));
        return follow(send(form(console.resolve(path), withToken)));
    }

    /** Submits a form without the CSRF token its page would carry. */
    public HttpResponse<String> submitWithoutToken(String path, Map<String, String> fields) {
        return send(form(console.resolve(path), fields));
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < MAX_REDIRECTS && current.statusCode() / 100 == 3; i++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = send(get(next));
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As a browser asks: the identity provider sends only HTML clients to its login page. */
    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest form(URI uri, Map<String, String> fields) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
    }

    private static String csrfOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no CSRF token");
        }
        return matcher.group(1);
    }
}
