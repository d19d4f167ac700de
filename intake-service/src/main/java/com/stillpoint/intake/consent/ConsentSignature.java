package com.stillpoint.intake.consent;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A client's signature of one consent version, as evidence: it is written once and never changed or removed.
 *
 * @param appointmentId the appointment it was asked for
 * @param contentHash   the hash of the exact text the client was shown and signed
 * @param typedName     the name the client typed as their signature
 * @param ipAddress     where the signature came from, as the service saw it
 * @param userAgent     the client's browser, as it described itself
 */
public record ConsentSignature(String id, String chainId, String clientId, String appointmentId, int version,
                               String contentHash, String typedName, Instant signedAt, String ipAddress,
                               String userAgent) implements TenantOwned {
}
