package com.stillpoint.booking.waitlist;

import com.stillpoint.contracts.booking.WaitlistOfferMade;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A freed time offered to one waitlisted client. Several clients get an offer for the same time; whoever accepts
 * first books it through the ordinary claims, so the time itself decides, atomically, and the others find it taken.
 */
public class WaitlistOffer extends AggregateRoot {

    private String entryId;
    private String clientId;
    private String clinicId;
    private ZoneId clinicZone;
    private String therapistId;
    private String serviceId;
    private LocalDateTime start;
    private Instant startsAt;
    private Instant expiresAt;
    private OfferStatus status;
    private String appointmentId;

    private WaitlistOffer() {
    }

    private WaitlistOffer(String id, String chainId) {
        super(id, chainId);
    }

    static WaitlistOffer make(String id, WaitlistEntry entry, FreedTime freed, Instant expiresAt,
                              String sealedOfferLink, Clock clock) {
        WaitlistOffer offer = new WaitlistOffer(id, entry.chainId());
        offer.entryId = entry.id();
        offer.clientId = entry.clientId();
        offer.clinicId = freed.clinicId();
        offer.clinicZone = freed.zone();
        offer.therapistId = freed.therapistId();
        offer.serviceId = entry.serviceId();
        offer.start = freed.start();
        offer.startsAt = freed.startsAt();
        offer.expiresAt = expiresAt;
        offer.status = OfferStatus.OPEN;
        offer.registerEvent(new WaitlistOfferMade(UUID.randomUUID(), clock.instant(), entry.chainId(), id, entry.id(),
                entry.clientId(), freed.clinicId(), freed.startsAt(), freed.zone(), sealedOfferLink, expiresAt));
        return offer;
    }

    /** Whether the client can still take it: open and not yet expired. */
    boolean open(Clock clock) {
        return status == OfferStatus.OPEN && clock.instant().isBefore(expiresAt);
    }

    void accepted(String bookedAppointmentId) {
        status = OfferStatus.ACCEPTED;
        appointmentId = bookedAppointmentId;
    }

    void taken() {
        status = OfferStatus.TAKEN;
    }

    void expire() {
        status = OfferStatus.EXPIRED;
    }

    public String entryId() {
        return entryId;
    }

    public String clientId() {
        return clientId;
    }

    public String clinicId() {
        return clinicId;
    }

    public ZoneId clinicZone() {
        return clinicZone;
    }

    public String therapistId() {
        return therapistId;
    }

    public String serviceId() {
        return serviceId;
    }

    /** On the clinic's wall clock. */
    public LocalDateTime start() {
        return start;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public OfferStatus status() {
        return status;
    }

    public String appointmentId() {
        return appointmentId;
    }
}
