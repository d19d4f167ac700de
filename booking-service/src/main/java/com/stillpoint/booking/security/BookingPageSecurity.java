package com.stillpoint.booking.security;

import com.stillpoint.booking.appointments.ManageLinks;
import com.stillpoint.booking.waitlist.Waitlist;
import com.stillpoint.platform.links.ClientLinkSecurity;
import com.stillpoint.platform.links.LinkSessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

import static com.stillpoint.platform.security.StaffPageSecurity.staffPages;

/**
 * The page filter chains, each for one audience:
 * <ul>
 *   <li>the API documentation, open to all (it describes the API; calling it still needs a token);</li>
 *   <li>the public booking page: open, stateless, CSRF-protected forms, a strict content policy, rate-limited;</li>
 *   <li>the client link pages (manage an appointment, accept a waitlist offer): the landing is open, the rest needs
 *       the session its link opened, and both are rate-limited;</li>
 *   <li>the staff calendar: OpenID Connect sign-in, staff roles only.</li>
 * </ul>
 */
@Configuration
class BookingPageSecurity {

    private static final String[] ANY_STAFF = {"FRONT_DESK", "CLINIC_ADMIN", "CHAIN_ADMIN", "THERAPIST"};

    private final PublicRateLimits rateLimits;

    BookingPageSecurity(@Value("${stillpoint.booking.rate-limits.page-views-per-minute:120}") int pageViews,
                        @Value("${stillpoint.booking.rate-limits.actions-per-minute:20}") int actions) {
        this.rateLimits = new PublicRateLimits(pageViews, actions);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain publicBookingPages(HttpSecurity http) throws Exception {
        return ClientLinkSecurity.clientPages(http)
                .securityMatcher("/book/**", "/css/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(rateLimits, CsrfFilter.class)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain manageAppointmentPages(HttpSecurity http, LinkSessions linkSessions) throws Exception {
        return linkPages(http, linkSessions, "/manage", ManageLinks.PURPOSE);
    }

    @Bean
    @Order(5)
    SecurityFilterChain waitlistOfferPages(HttpSecurity http, LinkSessions linkSessions) throws Exception {
        return linkPages(http, linkSessions, "/offers", Waitlist.OFFER_LINK_PURPOSE);
    }

    @Bean
    @Order(6)
    SecurityFilterChain staffPagesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/staff/**", "/oauth2/**", "/login/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/staff/**").hasAnyRole(ANY_STAFF)
                        .anyRequest().authenticated())
                .with(staffPages(), Customizer.withDefaults())
                .build();
    }

    /**
     * A client link's pages: the landing ({@code <root>/start}) shows what the link is for and spends it on POST;
     * everything else needs the session it opened. Without one, the client is sent to the landing page, which
     * explains what to do.
     */
    private SecurityFilterChain linkPages(HttpSecurity http, LinkSessions linkSessions, String root, String purpose)
            throws Exception {
        return ClientLinkSecurity.linkPages(http, linkSessions, purpose, root + "/start")
                .securityMatcher(root, root + "/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(root + "/start").permitAll()
                        .anyRequest().hasAuthority(ClientLinkSecurity.authorityFor(purpose)))
                .addFilterBefore(rateLimits, CsrfFilter.class)
                .build();
    }
}
