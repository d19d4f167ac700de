package com.stillpoint.console;

import com.stillpoint.platform.security.StaffMember;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

import static com.stillpoint.platform.security.StaffPageSecurity.staffPages;

/**
 * Staff sign in through the chain's identity provider. The dashboard is for chain and clinic admins, the
 * dead letters for chain admins (each sees their own chain's; see {@link Operators}), Spring Boot Admin for
 * operators only. Everything else is denied by the platform's last filter chain.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String SERVICES = "/services";

    @Bean
    @Order(1)
    SecurityFilterChain consolePages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/", "/dashboard", "/dead-letters", "/dead-letters/**", "/css/**",
                        "/oauth2/**", "/login/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**").permitAll()
                        .requestMatchers("/", "/dashboard").hasAnyRole("CHAIN_ADMIN", "CLINIC_ADMIN")
                        .requestMatchers("/dead-letters", "/dead-letters/**").hasRole("CHAIN_ADMIN")
                        .anyRequest().authenticated())
                .with(staffPages(), Customizer.withDefaults())
                .build();
    }

    /**
     * Spring Boot Admin's single-page UI, behind the same sign-in (the session of the pages above). Its scripts
     * set styles at run time, so its content policy allows inline styles; its XHR writes send the CSRF token from
     * a cookie, as the UI expects.
     */
    @Bean
    @Order(2)
    SecurityFilterChain springBootAdmin(HttpSecurity http, Operators operators) throws Exception {
        return http.securityMatcher(SERVICES, SERVICES + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(StaffMember.current().map(operators::isOperator).orElse(false))))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/stillpoint")))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; base-uri 'self'")))
                .build();
    }
}
