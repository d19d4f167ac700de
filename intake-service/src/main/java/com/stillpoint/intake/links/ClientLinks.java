package com.stillpoint.intake.links;

import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.links.LinkTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Instant;

/**
 * Issues the one-time links intake-service sends to clients, already sealed for their trip through the outbox,
 * Kafka and notification-service. Links are built from the configured public address, never from a request's
 * Host header; the raw token exists only inside the sealed link.
 */
@Component
public class ClientLinks {

    private final LinkTokens tokens;
    private final LinkSealer sealer;
    private final URI publicBaseUrl;

    ClientLinks(LinkTokens tokens, LinkSealer sealer, @Value("${stillpoint.intake.public-base-url}") URI publicBaseUrl) {
        this.tokens = tokens;
        this.sealer = sealer;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** A new single-use link for the current chain; earlier links of the same subject keep working. */
    public String issueSealed(LinkPurpose purpose, String subjectId, Instant expiresAt) {
        String token = tokens.issue(purpose.purpose(), subjectId, expiresAt, true);
        return sealer.seal(UriComponentsBuilder.fromUri(publicBaseUrl).path(purpose.landingPath())
                .queryParam("token", token).build().toUri());
    }

    /** Withdraws every earlier link of the subject, then issues a new one: the only link that works afterwards. */
    public String replaceSealed(LinkPurpose purpose, String subjectId, Instant expiresAt) {
        withdrawAll(purpose, subjectId);
        return issueSealed(purpose, subjectId, expiresAt);
    }

    public void withdrawAll(LinkPurpose purpose, String subjectId) {
        tokens.withdraw(purpose.purpose(), subjectId);
    }
}
