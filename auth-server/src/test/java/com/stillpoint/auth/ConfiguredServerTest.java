package com.stillpoint.auth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpResponse;

import static com.stillpoint.auth.AuthorizationRequests.authorizationRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** The settings other modules override when they start the server: a fixed issuer and a client's redirect URIs. */
class ConfiguredServerTest {

    private static final String CONFIGURED_ISSUER = "http://auth.stillpoint.test:9000";
    private static final String TEST_REDIRECT_URI = "http://localhost:18081/login/oauth2/code/stillpoint";

    private static ConfigurableApplicationContext authServer;
    private static URI reachableAt;

    @BeforeAll
    static void startServer() {
        authServer = AuthServerApplication.start("--server.port=0",
                "--stillpoint.auth.issuer=" + CONFIGURED_ISSUER,
                "--spring.security.oauth2.authorizationserver.client.booking-web.registration.redirect-uris="
                        + TEST_REDIRECT_URI);
        reachableAt = URI.create("http://localhost:" + authServer.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopServer() {
        authServer.close();
    }

    @Test
    void theConfiguredIssuerIsUsedWhateverAddressTheServerIsCalledAt() {
        HttpResponse<String> discovery = Http.get(URI.create(reachableAt + "/.well-known/openid-configuration"),
                "application/json");

        assertThat(AuthServerApplication.issuer(authServer)).isEqualTo(URI.create(CONFIGURED_ISSUER));
        assertThat(discovery.body()).contains("\"issuer\":\"" + CONFIGURED_ISSUER + "\"");
    }

    @Test
    void overriddenRedirectUrisReplaceTheDefaultOnes() {
        HttpResponse<String> overridden = Http.get(
                authorizationRequest(reachableAt, "booking-web", TEST_REDIRECT_URI), "text/html");
        HttpResponse<String> replacedDefault = Http.get(authorizationRequest(reachableAt, "booking-web",
                "http://localhost:8081/login/oauth2/code/stillpoint"), "text/html");

        assertThat(overridden.statusCode()).isEqualTo(302);
        assertThat(replacedDefault.statusCode()).isEqualTo(400);
    }
}
