package com.stillpoint.booking.clients;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A client's most recent completed session: who treated them, for "the same therapist as last time".
 *
 * @param id the client id
 */
public record LastVisit(String id, String chainId, String therapistId, Instant sessionStartedAt) implements TenantOwned {
}
