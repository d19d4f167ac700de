package com.stillpoint.platform.links;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.Optional;

/**
 * How every client-link page is secured: requests are rate-limited per client address, the link session of one
 * purpose authenticates, pages carry
 * {@code Referrer-Policy: no-referrer} (a link's token must never leak to another site), a strict content policy,
 * and CSRF tokens on every form (kept in a cookie, so no server session is needed). Apply it to a page filter chain
 * with {@code http.with(ClientLinkSecurity.forPurpose(sessions, "intake"), withDefaults())} and require
 * {@link #authorityFor(String)} on the pages behind the link.
 */
public final class ClientLinkSecurity extends AbstractHttpConfigurer<ClientLinkSecurity, HttpSecurity> {

    private final LinkSessions sessions;
    private final String purpose;

    private ClientLinkSecurity(LinkSessions sessions, String purpose) {
        this.sessions = sessions;
        this.purpose = purpose;
    }

    public static ClientLinkSecurity forPurpose(LinkSessions sessions, String purpose) {
        return new ClientLinkSecurity(sessions, purpose);
    }

    public static String authorityFor(String purpose) {
        return "LINK_" + purpose;
    }

    /** The grant behind the current request's link session, if any. */
    public static Optional<LinkGrant> currentGrant() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LinkGrant grant
                ? Optional.of(grant) : Optional.empty();
    }

    @Override
    public void init(HttpSecurity http) {
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")));
    }

    @Override
    public void configure(HttpSecurity http) {
        http.addFilterBefore(sessions.rateLimiter(), CsrfFilter.class)
                .addFilterBefore(new LinkSessionFilter(sessions, purpose), CsrfFilter.class);
    }
}
