package com.stillpoint.intake.pages;

import com.stillpoint.intake.links.LinkPurpose;
import com.stillpoint.platform.links.ClientLinkSecurity;
import com.stillpoint.platform.links.LinkSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The client pages, one filter chain per kind of link: a link's landing page is open to anyone holding the link;
 * the pages behind it need the session that link opened, and a session of one purpose opens no other pages.
 * Without one, the client is sent to the landing page, which explains what to do. Nothing in a client page's
 * address names a request: the session alone says whose form it is, so no client can reach another's.
 */
@Configuration
class ClientPageSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain intakePages(HttpSecurity http, LinkSessions sessions) throws Exception {
        return pagesBehind(LinkPurpose.INTAKE, http, sessions, "/css/**", "/favicon.ico");
    }

    @Bean
    @Order(3)
    SecurityFilterChain surveyPages(HttpSecurity http, LinkSessions sessions) throws Exception {
        return pagesBehind(LinkPurpose.SURVEY, http, sessions);
    }

    private static SecurityFilterChain pagesBehind(LinkPurpose purpose, HttpSecurity http, LinkSessions sessions,
                                                   String... publicResources) throws Exception {
        String pages = purpose.pagePath();
        String[] matched = Stream.concat(Stream.of(pages, pages + "/**"), Arrays.stream(publicResources))
                .toArray(String[]::new);
        return ClientLinkSecurity.linkPages(http, sessions, purpose.purpose(), purpose.landingPath())
                .securityMatcher(matched)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(purpose.landingPath()).permitAll();
                    if (publicResources.length > 0) {
                        requests.requestMatchers(publicResources).permitAll();
                    }
                    requests.requestMatchers(pages, pages + "/**")
                            .hasAuthority(ClientLinkSecurity.authorityFor(purpose.purpose()))
                            .anyRequest().denyAll();
                })
                .build();
    }
}
