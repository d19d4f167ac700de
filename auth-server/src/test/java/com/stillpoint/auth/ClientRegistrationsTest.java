package com.stillpoint.auth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static com.stillpoint.auth.AuthorizationRequests.authorizationRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** The registered clients, seen through the endpoints a browser and a client application call. */
class ClientRegistrationsTest {

    private static URI issuer;
    private static RegisteredClientRepository clients;

    @BeforeAll
    static void startServer() {
        issuer = SharedAuthServer.issuer();
        clients = SharedAuthServer.context().getBean(RegisteredClientRepository.class);
    }

    @Test
    void anUnknownClientIsRefusedAtTheAuthorizationEndpoint() {
        HttpResponse<String> response = Http.get(
                authorizationRequest(issuer, "no-such-client", "http://127.0.0.1:8765/callback"), "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void anUnknownClientIsRefusedAtTheTokenEndpoint() {
        HttpResponse<String> response = Http.postForm(URI.create(issuer + "/oauth2/token"), Map.of(
                "grant_type", "authorization_code",
                "code", "some-code",
                "redirect_uri", "http://127.0.0.1:8765/callback",
                "client_id", "no-such-client",
                "code_verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_client");
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking-web", "intake-web", "admin-console"})
    void webClientsAuthenticateWithTheDemoSecret(String clientId) {
        // A made-up code gets past client authentication only with the right secret: invalid_grant, not invalid_client.
        HttpResponse<String> rightSecret = exchangeMadeUpCode(clientId, "local-demo-secret");
        HttpResponse<String> wrongSecret = exchangeMadeUpCode(clientId, "wrong-secret");

        assertThat(rightSecret.statusCode()).isEqualTo(400);
        assertThat(rightSecret.body()).contains("invalid_grant");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking-web", "intake-web", "admin-console"})
    void webClientsUseRefreshTokensSkipConsentAndGetOneHourAccessTokens(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);

        assertThat(client.getAuthorizationGrantTypes())
                .containsExactlyInAnyOrder(AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
        assertThat(client.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(client.getClientSettings().isRequireAuthorizationConsent()).isFalse();
        assertThat(client.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theCommandLineClientIsPublicAndRequiresPkce() {
        RegisteredClient client = clients.findByClientId(DemoLogin.CLIENT_ID);

        assertThat(client.getClientSecret()).isNull();
        assertThat(client.getClientSettings().isRequireProofKey()).isTrue();
        HttpResponse<String> withoutPkce = Http.get(URI.create(issuer + "/oauth2/authorize?response_type=code"
                + "&client_id=stillpoint-cli&scope=openid&redirect_uri=http://127.0.0.1:8765/callback"), "text/html");
        assertThat(withoutPkce.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("http://127.0.0.1:8765/callback?error=invalid_request"));
    }

    @Test
    void aWebClientMayComeBackToALoopbackAddressOnAnyPort() {
        HttpResponse<String> response = Http.get(authorizationRequest(issuer, "booking-web",
                "http://127.0.0.1:54321/login/oauth2/code/stillpoint"), "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(issuer + "/login");
    }

    @Test
    void aWebClientMustComeBackToLocalhostOnItsRegisteredPort() {
        HttpResponse<String> registered = Http.get(authorizationRequest(issuer, "booking-web",
                "http://localhost:8081/login/oauth2/code/stillpoint"), "text/html");
        HttpResponse<String> otherPort = Http.get(authorizationRequest(issuer, "booking-web",
                "http://localhost:54321/login/oauth2/code/stillpoint"), "text/html");

        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(otherPort.statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> exchangeMadeUpCode(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return Http.postForm(URI.create(issuer + "/oauth2/token"), Map.of(
                        "grant_type", "authorization_code",
                        "code", "made-up-code",
                        "redirect_uri", "http://127.0.0.1:8081/login/oauth2/code/stillpoint",
                        "code_verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                "Authorization", "Basic " + basic);
    }
}
