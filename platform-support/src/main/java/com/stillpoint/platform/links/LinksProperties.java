package com.stillpoint.platform.links;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Client links.
 *
 * @param sessionSecret  base64 of at least 32 random bytes that sign link sessions; a deployment secret
 * @param sealingKey     base64 of 32 random bytes that seal links on their way to notification-service; shared by
 *                       the services that issue links and notification-service
 * @param sessionMaxAge  the longest a link session lasts
 * @param secureCookies  whether session cookies need HTTPS; only the plain-HTTP local stack turns it off
 * @param requestsPerMinute how many requests one client address may make to link pages per minute
 */
@ConfigurationProperties("stillpoint.links")
public record LinksProperties(
        String sessionSecret,
        String sealingKey,
        @DefaultValue("2h") Duration sessionMaxAge,
        @DefaultValue("true") boolean secureCookies,
        @DefaultValue("120") int requestsPerMinute) {
}
