package com.stillpoint.platform.links;

import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A service with pages behind links of two purposes, secured the way every service secures them. */
@SpringBootApplication
class LinkPagesTestApplication {

    @Bean
    @Order(1)
    SecurityFilterChain surveyPages(HttpSecurity http, LinkSessions sessions) throws Exception {
        return ClientLinkSecurity.linkPages(http, sessions, "survey", "/survey/start")
                .securityMatcher("/survey/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/survey/start").permitAll()
                        .anyRequest().hasAuthority(ClientLinkSecurity.authorityFor("survey")))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/survey/start"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consentPages(HttpSecurity http, LinkSessions sessions) throws Exception {
        return ClientLinkSecurity.linkPages(http, sessions, "consent", "/consent/start")
                .securityMatcher("/consent/**")
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAuthority(ClientLinkSecurity.authorityFor("consent")))
                .build();
    }

    @RestController
    static class Pages {

        private final LinkTokens tokens;
        private final LinkSessions sessions;

        Pages(LinkTokens tokens, LinkSessions sessions) {
            this.tokens = tokens;
            this.sessions = sessions;
        }

        @PostMapping("/survey/start")
        String start(@RequestParam String token, HttpServletResponse response) {
            sessions.start(tokens.redeem(token, "survey"), response);
            return "started";
        }

        @GetMapping("/survey/mine")
        String mine() {
            LinkGrant grant = ClientLinkSecurity.currentGrant().orElseThrow();
            return grant.subjectId() + " of " + TenantContext.requireChainId();
        }

        @GetMapping("/consent/mine")
        String consent() {
            return "consent";
        }
    }
}
