package com.stillpoint.contracts.booking;

import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A freed slot is offered to a waitlisted client. Several clients may get an offer for the same slot; the first to
 * accept through their link gets it, the others find it taken.
 *
 * @param sealedOfferLink the client's link to accept the offer (sealed; opened only to render the message)
 */
public record WaitlistOfferMade(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String offerId,
        String waitlistEntryId,
        String clientId,
        String clinicId,
        Instant startsAt,
        ZoneId clinicZone,
        String sealedOfferLink,
        Instant expiresAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return clientId;
    }
}
