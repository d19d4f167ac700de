package com.stillpoint.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The filter chains every service shares. A service adds its own chains (its API with
 * {@link StaffApiSecurity}, its pages) at a higher precedence; whatever none of them matches is denied.
 */
@AutoConfiguration
public class StaffSecurityAutoConfiguration {

    /**
     * Probes, metrics scrapers and the admin console read without a token: health, info, metrics and the endpoint
     * index, and the log levels (read only: changing one is refused like every other actuator write). In production
     * the actuator belongs on a management port that only the operations network reaches.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.to("info", "prometheus")).permitAll()
                        .requestMatchers(EndpointRequest.toLinks()).permitAll()
                        .requestMatchers(EndpointRequest.to("metrics", "loggers")).access((authentication, context) ->
                                new AuthorizationDecision(HttpMethod.GET.matches(context.getRequest().getMethod())))
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Deny by default: a path no chain claims is refused, so a forgotten rule fails closed. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain denyEverythingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        // Error dispatches render the response of a request already authorised.
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthorized())
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden()))
                .build();
    }
}
