package com.stillpoint.booking.intakeflags;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A client that needs prompt personal follow-up from the clinic, as intake-service raised it. Staff see why only in
 * intake-service; here it is a flag on the calendar until someone marks it done.
 *
 * @param id         the client id
 * @param resolvedAt when staff marked it done, or {@code null} while it is open
 */
public record FollowUp(String id, String chainId, String escalationId, String clinicId, Instant raisedAt,
                       Instant resolvedAt) implements TenantOwned {

    public boolean open() {
        return resolvedAt == null;
    }
}
