package com.stillpoint.auth.staff;

import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds the staff claims ({@code name}, {@code chain_id}, {@code roles}, {@code clinic_ids}, {@code therapist_id})
 * to the access and ID tokens issued for a demo staff member. {@code sub} is already the user name.
 */
class StaffClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final DemoStaff staff;

    StaffClaims(DemoStaff staff) {
        this.staff = staff;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType()) && !ID_TOKEN.equals(context.getTokenType())) {
            return;
        }
        staff.find(context.getPrincipal().getName())
                .ifPresent(member -> context.getClaims().claims(claims -> claims.putAll(member.claims())));
    }
}
