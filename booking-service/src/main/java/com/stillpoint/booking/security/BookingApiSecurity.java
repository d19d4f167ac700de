package com.stillpoint.booking.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static com.stillpoint.platform.security.StaffApiSecurity.staffApi;

/**
 * Who may call which staff endpoint; anything not listed is denied. Object-level rules (the desk only at their
 * clinics, a therapist only their own sessions, a clinic admin only their clinics) are checked where the object is
 * loaded, and answer 404 outside the caller's reach.
 */
@Configuration
class BookingApiSecurity {

    private static final String CHAIN_ADMIN = "CHAIN_ADMIN";
    private static final String[] ADMINS = {"CLINIC_ADMIN", CHAIN_ADMIN};
    private static final String[] DESK = {"FRONT_DESK", "CLINIC_ADMIN", CHAIN_ADMIN};
    private static final String[] ANY_STAFF = {"FRONT_DESK", "CLINIC_ADMIN", CHAIN_ADMIN, "THERAPIST"};

    @Bean
    @Order(1)
    SecurityFilterChain bookingApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/appointments").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.GET, "/api/appointments/*").hasAnyRole(ANY_STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/appointments/*/completion").hasAnyRole(ANY_STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/appointments/*/cancellation",
                                "/api/appointments/*/reschedule", "/api/appointments/*/confirmation",
                                "/api/appointments/*/check-in", "/api/appointments/*/no-show").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.GET, "/api/availability").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.POST, "/api/treatment-plans").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.GET, "/api/treatment-plans/*").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.POST, "/api/treatment-plans/*/cancellation").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.POST, "/api/clients").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.GET, "/api/clients/*").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.PUT, "/api/clients/*").hasAnyRole(DESK)
                        .requestMatchers(HttpMethod.DELETE, "/api/clients/*/follow-up").hasAnyRole(DESK)
                        .anyRequest().denyAll())
                .with(staffApi(), Customizer.withDefaults())
                .build();
    }
}
