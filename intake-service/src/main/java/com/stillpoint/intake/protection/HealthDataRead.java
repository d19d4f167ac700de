package com.stillpoint.intake.protection;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One audit entry: who opened which fields of whose health data, when and why. It names fields, never values.
 */
public record HealthDataRead(
        String id,
        String chainId,
        Instant at,
        ReaderKind readerKind,
        String readerId,
        Set<String> readerRoles,
        ReadPurpose purpose,
        String clientId,
        String collection,
        String documentId,
        List<String> fields) implements TenantOwned {
}
