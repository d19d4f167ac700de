package com.stillpoint.auth;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Checks the shared auth server's tokens as a resource server would. */
final class ServerTokens {

    private ServerTokens() {
    }

    /** Checks signatures against the server's JWKS and the issuer. */
    static JwtDecoder jwtDecoder() {
        String issuer = SharedAuthServer.issuer().toString();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
