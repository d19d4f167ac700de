package com.stillpoint.intake.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static com.stillpoint.platform.security.StaffApiSecurity.staffApi;
import static com.stillpoint.platform.security.StaffPageSecurity.staffPages;

/**
 * Who may call which staff endpoint (docs/intake-service.md has the matrix). Health data is for the therapists
 * who treat the client; the desk and the admins see where intake stands, never what the client answered.
 * Object-level rules (a desk member's clinics, a therapist's own sessions and plans) are checked where the object
 * is loaded, by {@link StaffAccess}.
 */
@Configuration
class StaffSecurity {

    private static final String CHAIN_ADMIN = "CHAIN_ADMIN";
    private static final String THERAPIST = "THERAPIST";
    private static final String[] DESK = {"FRONT_DESK", "CLINIC_ADMIN", CHAIN_ADMIN};
    private static final String[] ANY_STAFF = {"FRONT_DESK", "CLINIC_ADMIN", CHAIN_ADMIN, THERAPIST};

    @Bean
    @Order(1)
    SecurityFilterChain intakeApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/intake-requests/*").hasAnyRole(ANY_STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/intake-requests/*/link").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.GET, "/api/intake-requests/*/answers").hasRole(THERAPIST)
                        .requestMatchers(HttpMethod.POST, "/api/intake-requests/*/review").hasRole(THERAPIST)
                        .requestMatchers(HttpMethod.GET, "/api/treatment-plans/*/outcomes").hasRole(THERAPIST)
                        .requestMatchers(HttpMethod.PUT, "/api/treatment-plans/*/measures")
                        .hasAnyRole(THERAPIST, CHAIN_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/consent-document").hasAnyRole(ANY_STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/consent-document/versions").hasRole(CHAIN_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/clients/*/health-data-reads").hasRole(CHAIN_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/figures").hasAnyRole(CHAIN_ADMIN, "CLINIC_ADMIN")
                        .anyRequest().denyAll())
                .with(staffApi(), Customizer.withDefaults())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain staffPagesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/staff", "/staff/**", "/oauth2/**", "/login/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/staff", "/staff/**").hasRole(THERAPIST)
                        .anyRequest().authenticated())
                .with(staffPages(), Customizer.withDefaults())
                .build();
    }
}
