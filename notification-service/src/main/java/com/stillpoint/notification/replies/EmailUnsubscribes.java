package com.stillpoint.notification.replies;

import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.platform.links.LinkGrant;
import com.stillpoint.platform.links.LinkTokens;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * One-click unsubscribe links for emails (RFC 8058), as platform link tokens: random, stored hashed, bound to the
 * purpose and the client, reusable until they expire (a mail client may post to them more than once).
 */
@Component
public class EmailUnsubscribes {

    static final String PURPOSE = "email-unsubscribe";
    private static final Duration VALIDITY = Duration.ofDays(180);

    private final LinkTokens tokens;
    private final Clock clock;
    private final String base;

    EmailUnsubscribes(LinkTokens tokens, Clock clock, NotificationProperties properties) {
        this.tokens = tokens;
        this.clock = clock;
        this.base = properties.publicBaseUrl().toString().replaceAll("/+$", "");
    }

    /** A new link for a client of the current chain. */
    public URI linkFor(String clientId) {
        String token = tokens.issue(PURPOSE, clientId, clock.instant().plus(VALIDITY), false);
        return UriComponentsBuilder.fromUriString(base + "/unsubscribe").queryParam("token", token).build().toUri();
    }

    /** @throws com.stillpoint.platform.links.InvalidLinkException if the token is not a live unsubscribe link */
    LinkGrant check(String token) {
        return tokens.redeem(token, PURPOSE);
    }
}
