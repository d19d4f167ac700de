package com.stillpoint.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * How every staff page is secured: OpenID Connect sign-in with the chain's identity provider (the registration
 * named {@code stillpoint}), the staff claims of the ID token as roles and chain, the chain bound for the request,
 * CSRF tokens on forms, and a strict content policy. Apply it to a service's page filter chain with
 * {@code http.with(StaffPageSecurity.staffPages(), Customizer.withDefaults())}; the chain's own rules say which
 * roles may open which page.
 *
 * <p>The signed-in session is an ordinary servlet session, so several instances of a service need sticky sessions
 * for their staff pages (client pages and APIs need nothing of the kind).
 */
public final class StaffPageSecurity extends AbstractHttpConfigurer<StaffPageSecurity, HttpSecurity> {

    private StaffPageSecurity() {
    }

    public static StaffPageSecurity staffPages() {
        return new StaffPageSecurity();
    }

    @Override
    public void init(HttpSecurity http) {
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(staffOnly())))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")));
    }

    @Override
    public void configure(HttpSecurity http) {
        http.addFilterBefore(new TenantBindingFilter(), AuthorizationFilter.class);
    }

    /** Signs in only staff of a chain; their roles become authorities. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> staffOnly() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            StaffMember staff = StaffMember.fromClaims(user.getIdToken()).orElseThrow(() ->
                    new OAuth2AuthenticationException(new OAuth2Error("not_staff", "Not a staff member of a chain", null)));
            return new DefaultOidcUser(staff.authorities().stream().map(SimpleGrantedAuthority::new).toList(),
                    user.getIdToken(), user.getUserInfo());
        };
    }
}
