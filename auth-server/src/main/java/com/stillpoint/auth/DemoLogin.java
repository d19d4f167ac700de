package com.stillpoint.auth;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a demo staff member in the way a person would, and returns real tokens: the OAuth2 authorization-code flow
 * with PKCE for the public client {@value #CLIENT_ID}, over HTTP, against a running auth server (or any server with
 * that client, a form login at {@code /login} and the default endpoint paths).
 *
 * <p>No listener is needed on the redirect URI: the code is read from the {@code Location} header that points there.
 * Each call uses its own cookie jar, so calls are independent and may run in parallel. Nothing is logged.
 */
public final class DemoLogin {

    /** The public client this login uses; it is registered in {@code auth-server.yml}. */
    public static final String CLIENT_ID = "stillpoint-cli";

    /** The client's registered redirect URI. */
    public static final URI REDIRECT_URI = URI.create("http://127.0.0.1:8765/callback");

    /** The password of every demo staff member in {@code auth-server.yml}: a local-demo secret. */
    public static final String DEMO_PASSWORD = "stillpoint-demo";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE_ATTRIBUTE = Pattern.compile("value=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoLogin() {
    }

    /** The access token of {@code username}, signed in with {@code password} at the server of {@code issuer}. */
    public static String accessToken(URI issuer, String username, String password) {
        return tokens(issuer, username, password).accessToken();
    }

    /**
     * The access and ID tokens of {@code username}, signed in with {@code password} at the server of {@code issuer}.
     *
     * @throws DemoLoginException when the server refuses the login or any step of the flow answers unexpectedly
     */
    public static DemoTokens tokens(URI issuer, String username, String password) {
        return new Flow(issuer).signIn(username, password);
    }

    /** One sign-in: its own cookie jar (the server's session), PKCE verifier and state. */
    private static final class Flow {

        private final URI issuer;
        private final HttpClient http;
        private final String codeVerifier = randomToken();
        private final String state = randomToken();

        Flow(URI issuer) {
            this.issuer = issuer;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    // Redirects are followed by hand: the last one points at the client and must not be fetched.
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(TIMEOUT)
                    .build();
        }

        DemoTokens signIn(String username, String password) {
            URI loginPage = redirectOf(get(authorizationRequest()), "The authorization request");
            String csrfToken = csrfToken(get(loginPage));
            URI resumedAuthorization = redirectOf(post(loginPage, Map.of(
                    "username", username, "password", password, "_csrf", csrfToken)), "The login form");
            if ("error".equals(resumedAuthorization.getQuery())) {
                throw new DemoLoginException("The server refused the login of '" + username
                        + "': wrong user name or password");
            }
            URI callback = redirectOf(get(resumedAuthorization), "The authorization request after login");
            return exchange(authorizationCode(callback));
        }

        private URI authorizationRequest() {
            return endpoint("/oauth2/authorize?" + form(Map.of(
                    "response_type", "code",
                    "client_id", CLIENT_ID,
                    "redirect_uri", REDIRECT_URI.toString(),
                    "scope", "openid profile",
                    "state", state,
                    "code_challenge", codeChallenge(codeVerifier),
                    "code_challenge_method", "S256")));
        }

        /** An endpoint under the issuer, which may have a path of its own. */
        private URI endpoint(String pathAndQuery) {
            String base = issuer.toString();
            return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
        }

        private String authorizationCode(URI callback) {
            if (!callback.toString().startsWith(REDIRECT_URI + "?")) {
                throw new DemoLoginException("The authorization request ended at " + withoutQuery(callback)
                        + " instead of the client's redirect URI");
            }
            Map<String, String> parameters = queryParameters(callback);
            if (parameters.containsKey("error")) {
                throw new DemoLoginException("The authorization request was refused: " + parameters.get("error"));
            }
            if (!state.equals(parameters.get("state"))) {
                throw new DemoLoginException("The authorization response carries the wrong state");
            }
            return Optional.ofNullable(parameters.get("code"))
                    .orElseThrow(() -> new DemoLoginException("The authorization response carries no code"));
        }

        private DemoTokens exchange(String code) {
            HttpResponse<String> response = post(endpoint("/oauth2/token"), Map.of(
                    "grant_type", "authorization_code",
                    "code", code,
                    "redirect_uri", REDIRECT_URI.toString(),
                    "client_id", CLIENT_ID,
                    "code_verifier", codeVerifier));
            JsonNode body = json(response.body());
            if (response.statusCode() != 200) {
                throw new DemoLoginException("The token request was refused with HTTP " + response.statusCode()
                        + ": " + body.path("error").asString("no error code"));
            }
            if (!body.path("access_token").isString() || !body.path("id_token").isString()) {
                throw new DemoLoginException("The token response lacks the access token or the ID token");
            }
            return new DemoTokens(body.path("access_token").asString(), body.path("id_token").asString());
        }

        /** The JSON of a token endpoint response; anything else (an HTML error page, say) reads as an empty object. */
        private static JsonNode json(String body) {
            try {
                return JsonMapper.shared().readTree(body);
            } catch (JacksonException notJson) {
                return JsonMapper.shared().createObjectNode();
            }
        }

        private static String csrfToken(HttpResponse<String> loginPage) {
            if (loginPage.statusCode() != 200) {
                throw new DemoLoginException("The login page answered HTTP " + loginPage.statusCode());
            }
            Matcher input = CSRF_INPUT.matcher(loginPage.body());
            Matcher value = input.find() ? VALUE_ATTRIBUTE.matcher(input.group()) : null;
            if (value == null || !value.find()) {
                throw new DemoLoginException("The login page has no CSRF token");
            }
            return value.group(1);
        }

        private URI redirectOf(HttpResponse<String> response, String step) {
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                throw new DemoLoginException(step + " answered HTTP " + response.statusCode() + " instead of a redirect");
            }
            return response.request().uri().resolve(location.get());
        }

        private HttpResponse<String> get(URI uri) {
            return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
        }

        private HttpResponse<String> post(URI uri, Map<String, String> formFields) {
            return send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html, application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form(formFields))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            URI uri = request.timeout(TIMEOUT).build().uri();
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new DemoLoginException("Cannot reach " + withoutQuery(uri), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoLoginException("Interrupted while calling " + withoutQuery(uri), e);
            }
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> queryParameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(decode(name), decode(value));
        }
        return parameters;
    }

    /** Error messages name the address but never its query, which may hold a code or state. */
    private static String withoutQuery(URI uri) {
        String text = uri.toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String codeChallenge(String codeVerifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
