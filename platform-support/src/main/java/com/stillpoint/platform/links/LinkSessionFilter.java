package com.stillpoint.platform.links;

import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Turns a valid link session of one purpose into the request's authentication and binds its chain. */
class LinkSessionFilter extends OncePerRequestFilter {

    private final LinkSessions sessions;
    private final String purpose;

    LinkSessionFilter(LinkSessions sessions, String purpose) {
        this.sessions = sessions;
        this.purpose = purpose;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LinkGrant> grant = sessions.read(purpose, request);
        if (grant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PreAuthenticatedAuthenticationToken authentication = new PreAuthenticatedAuthenticationToken(grant.get(),
                null, List.of(new SimpleGrantedAuthority(ClientLinkSecurity.authorityFor(purpose))));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try (TenantContext.Scope ignored = TenantContext.bind(grant.get().chainId())) {
            chain.doFilter(request, response);
        }
    }
}
