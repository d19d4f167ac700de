package com.stillpoint.auth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The authorization-code flow with PKCE, performed by {@link DemoLogin} against a real server. */
class DemoLoginTest {

    private static URI issuer;
    private static JwtDecoder jwtDecoder;

    @BeforeAll
    static void startServer() {
        issuer = SharedAuthServer.issuer();
        jwtDecoder = ServerTokens.jwtDecoder();
    }

    static Stream<Arguments> staff() {
        return Stream.of(
                Arguments.of("front.desk", "Frankie Desk", "harbour", "FRONT_DESK",
                        List.of("harbour-kitsilano", "harbour-gastown"), null),
                Arguments.of("therapist.maya", "Maya Chen", "harbour", "THERAPIST", List.of(), "harbour-maya"),
                Arguments.of("summit.admin", "Sam Summit", "summit", "CHAIN_ADMIN", List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staff")
    void bothTokensCarryTheStaffClaims(String username, String name, String chainId, String role,
                                        List<String> clinicIds, String therapistId) {
        DemoTokens tokens = DemoLogin.tokens(issuer, username, DemoLogin.DEMO_PASSWORD);

        for (Jwt token : List.of(jwtDecoder.decode(tokens.accessToken()), jwtDecoder.decode(tokens.idToken()))) {
            assertThat(token.getSubject()).isEqualTo(username);
            assertThat(token.getClaimAsString("name")).isEqualTo(name);
            assertThat(token.getClaimAsString("chain_id")).isEqualTo(chainId);
            assertThat(token.getClaimAsStringList("roles")).containsExactly(role);
            assertThat(token.getClaimAsStringList("clinic_ids")).containsExactlyElementsOf(clinicIds);
            assertThat(token.getClaimAsString("therapist_id")).isEqualTo(therapistId);
            assertThat(token.getAudience()).containsExactly(DemoLogin.CLIENT_ID);
        }
    }

    @Test
    void accessTokensAreSignedWithRs256AndLastOneHour() {
        Jwt accessToken = jwtDecoder.decode(DemoLogin.accessToken(issuer, "chain.admin", DemoLogin.DEMO_PASSWORD));

        assertThat(accessToken.getHeaders()).containsEntry("alg", "RS256");
        assertThat(Duration.between(accessToken.getIssuedAt(), accessToken.getExpiresAt())).isEqualTo(Duration.ofHours(1));
        assertThat(accessToken.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");
    }

    @Test
    void theAccessTokenOpensTheUserInfoEndpoint() {
        String accessToken = DemoLogin.accessToken(issuer, "clinic.admin", DemoLogin.DEMO_PASSWORD);

        HttpResponse<String> userInfo = Http.get(URI.create(issuer + "/userinfo"), "application/json",
                "Authorization", "Bearer " + accessToken);

        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(userInfo.body()).contains("\"sub\":\"clinic.admin\"", "\"name\":\"Cleo Admin\"");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> DemoLogin.accessToken(issuer, "front.desk", "not-the-password"))
                .isInstanceOf(DemoLoginException.class)
                .hasMessageContaining("refused the login of 'front.desk'");
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> DemoLogin.accessToken(issuer, "nobody", DemoLogin.DEMO_PASSWORD))
                .isInstanceOf(DemoLoginException.class)
                .hasMessageContaining("refused the login of 'nobody'");
    }

    @Test
    void anUnreachableServerIsReportedAsSuch() {
        URI nothingListens = URI.create("http://127.0.0.1:1");

        assertThatThrownBy(() -> DemoLogin.accessToken(nothingListens, "front.desk", DemoLogin.DEMO_PASSWORD))
                .isInstanceOf(DemoLoginException.class)
                .hasMessageContaining("Cannot reach http://127.0.0.1:1/oauth2/authorize");
    }
}
