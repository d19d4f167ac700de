package com.stillpoint.auth.server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.net.URI;
import java.util.Set;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * The OAuth2/OIDC endpoints, Spring Security's form login for staff, and an open {@code /actuator/health}.
 * Registered clients come from Boot's {@code spring.security.oauth2.authorizationserver.client.*} properties in
 * {@code auth-server.yml}; the signing key is generated at startup by Boot, so a restart invalidates all tokens.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(withDefaults());
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        // The OIDC user info endpoint is called with the access tokens this server issues.
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()));
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"), browserRequests()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffLogin(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                .anyRequest().authenticated());
        http.formLogin(withDefaults());
        return http.build();
    }

    /**
     * The issuer named by {@code stillpoint.auth.issuer}. Its default, {@code http://localhost:${server.port}}, has
     * port 0 when the server starts on a random port; then no issuer can be fixed before the port is known, so the
     * server takes it from each request's base URL instead.
     */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${stillpoint.auth.issuer}") URI issuer) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        return (issuer.getPort() == 0 ? settings : settings.issuer(issuer.toString())).build();
    }

    /** Only a browser is sent to the login page; API clients (Accept: *&#47;* or JSON) get a plain 401. */
    private static MediaTypeRequestMatcher browserRequests() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
