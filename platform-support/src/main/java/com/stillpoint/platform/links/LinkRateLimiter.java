package com.stillpoint.platform.links;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits how many requests one client address may make to the pages behind client links, so links cannot be
 * probed or their pages flooded. One Resilience4j rate limiter per address, kept for the most recent addresses
 * only. Behind a proxy, the deployment must make the servlet see the client's address
 * ({@code server.forward-headers-strategy}).
 */
class LinkRateLimiter extends OncePerRequestFilter {

    private static final int ADDRESSES_KEPT = 10_000;

    private final RateLimiterConfig perAddress;
    private final Map<String, RateLimiter> limiters = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                    return size() > ADDRESSES_KEPT;
                }
            });

    LinkRateLimiter(int requestsPerMinute) {
        this.perAddress = RateLimiterConfig.custom()
                .limitForPeriod(requestsPerMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter limiter = limiters.computeIfAbsent(request.getRemoteAddr(),
                address -> RateLimiter.of("link-pages", perAddress));
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Please wait</title>"
                + "</head><body><main><h1>Please wait a minute</h1><p>There were too many attempts from your device. "
                + "Try again in a minute.</p></main></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
