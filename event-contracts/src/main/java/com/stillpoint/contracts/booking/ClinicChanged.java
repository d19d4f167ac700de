package com.stillpoint.contracts.booking;

import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** The latest public details of a clinic, on a compacted topic: what a message to a client may name. */
public record ClinicChanged(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String clinicId,
        String name,
        ZoneId timeZone,
        String phone,
        String address) implements IntegrationEvent {

    @Override
    public String subject() {
        return clinicId;
    }
}
