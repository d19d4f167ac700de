package com.stillpoint.auth;

import java.net.URI;
import java.util.Map;

/** Authorization requests as a browser would send them for a client, with a fixed PKCE challenge. */
final class AuthorizationRequests {

    private AuthorizationRequests() {
    }

    static URI authorizationRequest(URI issuer, String clientId, String redirectUri) {
        return URI.create(issuer + "/oauth2/authorize?" + Http.form(Map.of(
                "response_type", "code",
                "client_id", clientId,
                "redirect_uri", redirectUri,
                "scope", "openid profile",
                "state", "some-state",
                // SHA-256 of the verifier "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk" (RFC 7636, appendix B).
                "code_challenge", "E9Melhoe2OwvFrEMTJguCQvzKmHJY4nCRHDq1q3F7jU",
                "code_challenge_method", "S256")));
    }
}
