package com.stillpoint.platform.links;

import java.time.Instant;

/**
 * What a client link grants: one purpose on one subject of one chain, until a time.
 *
 * @param purpose   e.g. {@code intake}; a link for one purpose opens nothing else
 * @param subjectId what the link is about, e.g. an intake request id
 */
public record LinkGrant(String chainId, String purpose, String subjectId, Instant expiresAt) {
}
