package com.stillpoint.notification.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import static com.stillpoint.platform.security.StaffApiSecurity.staffApi;

/**
 * Who may call what. The staff API is for administrators: chain admins everywhere in their chain, clinic admins
 * at their clinics (checked where the clinic or message is loaded). The provider's webhooks and the unsubscribe
 * page carry their own credential, a provider signature or a link token, checked by their handlers.
 */
@Configuration
class NotificationSecurity {

    private static final String[] ADMINS = {"CHAIN_ADMIN", "CLINIC_ADMIN"};

    @Bean
    @Order(1)
    SecurityFilterChain notificationApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/notification/messages", "/api/notification/messages/*")
                        .hasAnyRole(ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/notification/messages/*/retry").hasAnyRole(ADMINS)
                        .requestMatchers(HttpMethod.GET, "/api/notification/figures").hasAnyRole(ADMINS)
                        .requestMatchers("/api/notification/clinics/*/reminder-policy").hasAnyRole(ADMINS)
                        .requestMatchers("/api/notification/clinics/*/templates/*/*/*").hasAnyRole(ADMINS)
                        .requestMatchers("/api/notification/templates/*/*/*").hasRole("CHAIN_ADMIN")
                        .anyRequest().denyAll())
                .with(staffApi(), Customizer.withDefaults())
                .build();
    }

    /** Called by the SMS provider and by clients' mail apps and browsers: no session, no staff token. */
    @Bean
    @Order(2)
    SecurityFilterChain providerAndClientEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher("/webhooks/sms/**", "/unsubscribe", "/css/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/webhooks/sms/status", "/webhooks/sms/inbound").permitAll()
                        .requestMatchers("/unsubscribe", "/css/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The provider's signature or the link token authenticates each call; RFC 8058 one-click posts
                // come from mail providers, which cannot carry a CSRF token.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")))
                .build();
    }
}
