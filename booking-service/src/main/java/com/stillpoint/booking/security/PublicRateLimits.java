package com.stillpoint.booking.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits how often one client address may use the pages anyone can reach: the public booking page and the
 * landings of client links. Reading pages has a generous limit; actions (booking, redeeming a link, accepting an
 * offer) a tight one, which also slows anyone guessing link tokens. One Resilience4j limiter per address and kind,
 * the least recently used forgotten beyond a bound, so a flood of addresses cannot exhaust memory.
 */
class PublicRateLimits extends OncePerRequestFilter {

    private static final int REMEMBERED_ADDRESSES = 10_000;
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final RateLimiterConfig pageViews;
    private final RateLimiterConfig actions;
    private final Map<String, RateLimiter> limiters = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                    return size() > REMEMBERED_ADDRESSES;
                }
            });

    PublicRateLimits(int pageViewsPerMinute, int actionsPerMinute) {
        this.pageViews = configFor(pageViewsPerMinute);
        this.actions = configFor(actionsPerMinute);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean action = !HttpMethod.GET.matches(request.getMethod());
        String key = (action ? "action|" : "view|") + request.getRemoteAddr();
        RateLimiter limiter = limiters.computeIfAbsent(key, name -> RateLimiter.of(name, action ? actions : pageViews));
        if (!limiter.acquirePermission()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(PERIOD.toSeconds()));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("Too many requests from your address. Please wait a minute and try again."
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private static RateLimiterConfig configFor(int perMinute) {
        return RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
