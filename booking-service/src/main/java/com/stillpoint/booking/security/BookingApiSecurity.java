package com.stillpoint.booking.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static com.stillpoint.platform.security.StaffApiSecurity.staffApi;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Who may call which staff endpoint; anything not listed is denied. Object-level rules (the desk only at their
 * clinics, a therapist only their own sessions, a clinic admin only their clinics) are checked where the object is
 * loaded, and answer 404 outside the caller's reach.
 *
 * <p>{@link #RULES} is the table the role-matrix test walks, so a new endpoint without a rule fails a test.
 */
@Configuration
class BookingApiSecurity {

    static final String[] CHAIN_ADMIN = {"CHAIN_ADMIN"};
    static final String[] ADMINS = {"CLINIC_ADMIN", "CHAIN_ADMIN"};
    static final String[] DESK = {"FRONT_DESK", "CLINIC_ADMIN", "CHAIN_ADMIN"};
    static final String[] ANY_STAFF = {"FRONT_DESK", "CLINIC_ADMIN", "CHAIN_ADMIN", "THERAPIST"};

    /** One endpoint and the roles that may call it. */
    record Rule(HttpMethod method, String path, String... roles) {
    }

    static final Rule[] RULES = {
            new Rule(POST, "/api/appointments", DESK),
            new Rule(GET, "/api/appointments", DESK),
            new Rule(GET, "/api/appointments/*", ANY_STAFF),
            new Rule(POST, "/api/appointments/*/cancellation", DESK),
            new Rule(POST, "/api/appointments/*/reschedule", DESK),
            new Rule(POST, "/api/appointments/*/confirmation", DESK),
            new Rule(POST, "/api/appointments/*/check-in", DESK),
            new Rule(POST, "/api/appointments/*/completion", ANY_STAFF),
            new Rule(POST, "/api/appointments/*/no-show", DESK),
            new Rule(GET, "/api/availability", DESK),
            new Rule(POST, "/api/treatment-plans", DESK),
            new Rule(GET, "/api/treatment-plans/*", DESK),
            new Rule(POST, "/api/treatment-plans/*/cancellation", DESK),
            new Rule(POST, "/api/waitlist", DESK),
            new Rule(GET, "/api/waitlist/*", DESK),
            new Rule(DELETE, "/api/waitlist/*", DESK),
            new Rule(POST, "/api/clients", DESK),
            new Rule(GET, "/api/clients/*", DESK),
            new Rule(PUT, "/api/clients/*", DESK),
            new Rule(DELETE, "/api/clients/*/follow-up", DESK),
            new Rule(GET, "/api/chain", ANY_STAFF),
            new Rule(PUT, "/api/chain", CHAIN_ADMIN),
            new Rule(PUT, "/api/chain/travel-times", CHAIN_ADMIN),
            new Rule(GET, "/api/clinics", ANY_STAFF),
            new Rule(GET, "/api/clinics/*", ANY_STAFF),
            new Rule(POST, "/api/clinics", CHAIN_ADMIN),
            new Rule(PUT, "/api/clinics/*", ADMINS),
            new Rule(GET, "/api/therapists", ANY_STAFF),
            new Rule(GET, "/api/therapists/*", ANY_STAFF),
            new Rule(POST, "/api/therapists", CHAIN_ADMIN),
            new Rule(PUT, "/api/therapists/*", CHAIN_ADMIN),
            new Rule(DELETE, "/api/therapists/*", CHAIN_ADMIN),
            new Rule(PUT, "/api/therapists/*/shifts/*", ADMINS),
            new Rule(PUT, "/api/therapists/*/overrides/*/*", ADMINS),
            new Rule(DELETE, "/api/therapists/*/overrides/*/*", ADMINS),
            new Rule(POST, "/api/therapists/*/time-off", CHAIN_ADMIN),
            new Rule(DELETE, "/api/therapists/*/time-off/*", CHAIN_ADMIN),
            new Rule(GET, "/api/services", ANY_STAFF),
            new Rule(GET, "/api/services/*", ANY_STAFF),
            new Rule(POST, "/api/services", CHAIN_ADMIN),
            new Rule(PUT, "/api/services/*", CHAIN_ADMIN),
            new Rule(GET, "/api/figures", ADMINS),
    };

    @Bean
    @Order(1)
    SecurityFilterChain bookingApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    for (Rule rule : RULES) {
                        requests.requestMatchers(rule.method(), rule.path()).hasAnyRole(rule.roles());
                    }
                    requests.anyRequest().denyAll();
                })
                .with(staffApi(), Customizer.withDefaults())
                .build();
    }
}
