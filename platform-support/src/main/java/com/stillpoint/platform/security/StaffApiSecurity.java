package com.stillpoint.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * How every staff API is secured: stateless, a bearer JWT that must be a staff token of a chain, the chain bound
 * from the token, problem+json for 401 and 403. Apply it to a service's API filter chain with
 * {@code http.with(StaffApiSecurity.staffApi(), Customizer.withDefaults())}; the chain's own rules say which roles
 * may call what, ending in {@code anyRequest().denyAll()}.
 */
public final class StaffApiSecurity extends AbstractHttpConfigurer<StaffApiSecurity, HttpSecurity> {

    private StaffApiSecurity() {
    }

    public static StaffApiSecurity staffApi() {
        return new StaffApiSecurity();
    }

    @Override
    public void init(HttpSecurity http) {
        http.oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new StaffJwtAuthenticationConverter()))
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthorized())
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are never attached by a browser on its own, so there is no cross-site request to forge.
                .csrf(csrf -> csrf.disable());
    }

    @Override
    public void configure(HttpSecurity http) {
        http.addFilterBefore(new TenantBindingFilter(), AuthorizationFilter.class);
    }
}
