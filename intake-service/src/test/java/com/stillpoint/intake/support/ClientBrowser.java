package com.stillpoint.intake.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's phone as the pages see it over HTTP: cookies kept, redirects not followed (tests check them), and
 * every form posted with the CSRF token of the page it came from.
 */
public final class ClientBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ClientBrowser(String base) {
        this.base = base;
    }

    /** Opens a link and presses Continue: the client is then in the link's session. */
    public HttpResponse<String> openLink(URI link) {
        HttpResponse<String> landing = get(link);
        assertThat(landing.statusCode()).as("landing page of " + link).isEqualTo(200);
        HttpResponse<String> continued = post(link.getRawPath(), landing,
                Map.of("token", List.of(link.getRawQuery().substring("token=".length()))));
        assertThat(continued.statusCode()).as("continue").isEqualTo(303);
        return continued;
    }

    public HttpResponse<String> get(String path) {
        return get(URI.create(base + path));
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    /** Loads the page, then posts its form with these values, as a browser would after the client filled it in. */
    public HttpResponse<String> submit(String path, Map<String, List<String>> values) {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).as("form page " + path).isEqualTo(200);
        return post(path, page, values);
    }

    /** Posts a form as found on an earlier page (its CSRF token). */
    public HttpResponse<String> post(String path, HttpResponse<String> from, Map<String, List<String>> values) {
        Map<String, List<String>> form = new LinkedHashMap<>(values);
        form.put("_csrf", List.of(csrfOf(from)));
        return postRaw(path, form);
    }

    /** Posts exactly these fields: nothing added. */
    public HttpResponse<String> postRaw(String path, Map<String, List<String>> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "StillpointTest/1.0 (phone)")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build());
    }

    /**
     * Rewrites the link session cookie to name another subject (keeping its signature), as an attacker who knows
     * another client's appointment id would.
     */
    public void forgeLinkSessionSubject(String purpose, String subjectId) {
        java.net.HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("sp_link_" + purpose)).findFirst().orElseThrow();
        String[] parts = session.getValue().split("\\.");
        java.util.Base64.Decoder decoder = java.util.Base64.getUrlDecoder();
        String[] fields = new String(decoder.decode(parts[0]), StandardCharsets.UTF_8).split("\\|");
        fields[2] = subjectId;
        session.setValue(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                String.join("|", fields).getBytes(StandardCharsets.UTF_8)) + "." + parts[1]);
    }

    public static String locationOf(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF field in the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Form values from pairs: {@code form("a", "1", "b", "2")}; repeat a name for several values. */
    public static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return form;
    }

    /** Merges forms, later values replacing earlier ones. */
    @SafeVarargs
    public static Map<String, List<String>> merged(Map<String, List<String>>... forms) {
        return java.util.Arrays.stream(forms).flatMap(form -> form.entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, LinkedHashMap::new));
    }
}
