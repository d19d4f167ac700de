package com.stillpoint.auth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What a resource server or client application learns from the server before anybody signs in. */
class DiscoveryAndHealthTest {

    private static URI issuer;

    @BeforeAll
    static void startServer() {
        issuer = SharedAuthServer.issuer();
    }

    @Test
    void onARandomPortTheDiscoveryDocumentNamesTheIssuerTestsAreGiven() {
        JsonNode discovery = getJson(URI.create(issuer + "/.well-known/openid-configuration"));

        assertThat(issuer.toString()).matches("http://localhost:\\d+").doesNotEndWith(":0");
        assertThat(discovery.path("issuer").asString()).isEqualTo(issuer.toString());
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(issuer + "/oauth2/jwks");
        assertThat(discovery.path("id_token_signing_alg_values_supported").values())
                .extracting(JsonNode::asString).containsExactly("RS256");
    }

    @Test
    void theSigningKeyIsPublishedAsAnRsaKey() {
        JsonNode keys = getJson(URI.create(issuer + "/oauth2/jwks")).path("keys");

        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).path("kty").asString()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("private exponent").isFalse();
    }

    @Test
    void healthIsOpenToEveryone() {
        HttpResponse<String> health = Http.get(URI.create(issuer + "/actuator/health"), "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private static JsonNode getJson(URI uri) {
        HttpResponse<String> response = Http.get(uri, "application/json");
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }
}
