package com.stillpoint.auth;

/**
 * The tokens a demo staff member gets by signing in through {@link DemoLogin}.
 *
 * @param accessToken a signed JWT with the staff claims, for {@code Authorization: Bearer}
 * @param idToken     the OpenID Connect ID token, with the same staff claims
 */
public record DemoTokens(String accessToken, String idToken) {

    @Override
    public String toString() {
        return "DemoTokens[redacted]";
    }
}
