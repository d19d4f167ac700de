package com.stillpoint.platform.security.pages;

import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.stillpoint.platform.security.StaffPageSecurity.staffPages;

/** A service with two staff pages, secured the way every service secures its staff pages. */
@SpringBootApplication
class StaffPagesTestApplication {

    @Bean
    @Order(1)
    SecurityFilterChain staffPagesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/staff/**", "/oauth2/**", "/login/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/staff/chain-only").hasRole("CHAIN_ADMIN")
                        .requestMatchers("/staff/**").hasAnyRole("FRONT_DESK", "CHAIN_ADMIN", "THERAPIST")
                        .anyRequest().authenticated())
                .with(staffPages(), Customizer.withDefaults())
                .build();
    }

    @RestController
    static class WhoAmI {

        @GetMapping("/staff/whoami")
        String whoAmI() {
            StaffMember staff = StaffMember.require();
            return staff.name() + " works for " + TenantContext.requireChainId() + " as " + staff.roles();
        }

        @GetMapping("/staff/chain-only")
        String chainOnly() {
            return "chain admins only";
        }
    }
}
