package com.stillpoint.intake.pages;

import com.stillpoint.intake.requests.IntakeRequesting;
import com.stillpoint.platform.links.ClientLinkSecurity;
import com.stillpoint.platform.links.LinkSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The client pages: the link landing is open to anyone holding a link; the rest needs the session a link opens.
 * Without one, the client is sent back to the landing page, which explains what to do.
 */
@Configuration
class IntakePageSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain intakePages(HttpSecurity http, LinkSessions linkSessions) throws Exception {
        return http.securityMatcher("/intake", "/intake/**", "/css/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/intake/start", "/css/**").permitAll()
                        .requestMatchers("/intake", "/intake/**")
                        .hasAuthority(ClientLinkSecurity.authorityFor(IntakeRequesting.LINK_PURPOSE))
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, exception) -> response.sendRedirect("/intake/start")))
                .with(ClientLinkSecurity.forPurpose(linkSessions, IntakeRequesting.LINK_PURPOSE), Customizer.withDefaults())
                .build();
    }
}
