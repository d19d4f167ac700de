package com.stillpoint.platform.links;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.Optional;

/**
 * How every client-link page is secured: requests are rate-limited per client address, the link session of one
 * purpose authenticates, pages carry {@code Referrer-Policy: no-referrer} (a link's token must never leak to another
 * site) and a strict content policy, and every form carries a CSRF token kept in a cookie, so no server session is
 * ever needed. A page chain calls {@link #linkPages} and then requires {@link #authorityFor(String)} on the pages
 * behind the link; an open page chain calls {@link #clientPages}.
 */
public final class ClientLinkSecurity {

    private static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private ClientLinkSecurity() {
    }

    /**
     * Secures {@code http} as pages a client opens without signing in (a public booking page, a link's landing):
     * stateless, CSRF tokens in a cookie, no referrer, a strict content policy.
     */
    public static HttpSecurity clientPages(HttpSecurity http) throws Exception {
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // A link session authenticates every request anew; rotating the CSRF token each time would fail
                // the form the client is looking at (and a second click on it).
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)));
    }

    /**
     * Secures {@code http} as the pages behind links of one purpose, rate-limited per client address; a request
     * without that purpose's session is sent to {@code landingPath}, which explains what to do. Applied eagerly
     * rather than as a configurer: the session policy must be stateless before the other configurers choose their
     * stores, or the request cache and the security context repository would keep a link's grant in a servlet
     * session, where another chain of the same browser finds it.
     */
    public static HttpSecurity linkPages(HttpSecurity http, LinkSessions sessions, String purpose, String landingPath)
            throws Exception {
        return clientPages(http)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                        (request, response, exception) -> response.sendRedirect(landingPath)))
                .addFilterBefore(sessions.rateLimiter(), CsrfFilter.class)
                .addFilterBefore(new LinkSessionFilter(sessions, purpose), CsrfFilter.class);
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
}
