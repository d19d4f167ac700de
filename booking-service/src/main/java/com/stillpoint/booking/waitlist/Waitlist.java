package com.stillpoint.booking.waitlist;

import com.stillpoint.booking.appointments.AppointmentBooking;
import com.stillpoint.booking.appointments.BookingOutcome;
import com.stillpoint.booking.appointments.BookingRequest;
import com.stillpoint.booking.availability.AvailabilitySearch;
import com.stillpoint.booking.calendar.SlotTakenException;
import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.clients.Clients;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.links.LinkTokens;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The waitlist: clients join it; when a matching time frees up, the first few waiting clients for whom it is
 * bookable get an offer (an event for notification, with a single-use link); the first to accept books it through
 * the ordinary claims, and the others find it taken. Offers expire.
 */
@Service
public class Waitlist {

    public static final String OFFER_LINK_PURPOSE = "waitlist-offer";

    private final WaitlistEntries entries;
    private final WaitlistOffers offers;
    private final Clients clients;
    private final Clinics clinics;
    private final Catalogue catalogue;
    private final AvailabilitySearch availability;
    private final AppointmentBooking booking;
    private final LinkTokens linkTokens;
    private final LinkSealer linkSealer;
    private final URI publicBaseUrl;
    private final int offersPerTime;
    private final Duration offerLifetime;
    private final Clock clock;

    Waitlist(WaitlistEntries entries, WaitlistOffers offers, Clients clients, Clinics clinics, Catalogue catalogue,
             AvailabilitySearch availability, AppointmentBooking booking, LinkTokens linkTokens, LinkSealer linkSealer,
             @Value("${stillpoint.booking.public-base-url}") URI publicBaseUrl,
             @Value("${stillpoint.booking.waitlist.offers-per-time:3}") int offersPerTime,
             @Value("${stillpoint.booking.waitlist.offer-lifetime:30m}") Duration offerLifetime, Clock clock) {
        this.entries = entries;
        this.offers = offers;
        this.clients = clients;
        this.clinics = clinics;
        this.catalogue = catalogue;
        this.availability = availability;
        this.booking = booking;
        this.linkTokens = linkTokens;
        this.linkSealer = linkSealer;
        this.publicBaseUrl = publicBaseUrl;
        this.offersPerTime = offersPerTime;
        this.offerLifetime = offerLifetime;
        this.clock = clock;
    }

    public WaitlistEntry join(String clientId, List<String> clinicIds, String serviceId, String therapistId,
                              LocalDate earliestDate, LocalDate latestDate, List<WeeklyHours> windows) {
        clients.get(clientId);
        clinicIds.forEach(clinics::get);
        catalogue.get(serviceId);
        return entries.add(WaitlistEntry.join(UUID.randomUUID().toString(), TenantContext.requireChainId(), clientId,
                clinicIds, serviceId, therapistId, earliestDate, latestDate, windows, clock));
    }

    public WaitlistEntry withdraw(String entryId) {
        WaitlistEntry entry = entries.get(entryId);
        entry.withdraw();
        return entries.save(entry);
    }

    public WaitlistEntry entry(String entryId) {
        return entries.get(entryId);
    }

    public WaitlistOffer offer(String offerId) {
        return offers.get(offerId);
    }

    /**
     * Offers a freed time to the first waiting clients who want it and could book it now. Offer ids come from the
     * event that freed the time, so handling the event again makes no second offer.
     */
    void offerFreedTime(FreedTime freed, UUID freedBy) {
        Instant expiresAt = earliest(clock.instant().plus(offerLifetime),
                freed.startsAt().minus(clinics.get(freed.clinicId()).minimumNotice()));
        if (!expiresAt.isAfter(clock.instant())) {
            return;
        }
        entries.waiting().stream()
                .filter(entry -> entry.wants(freed.clinicId(), freed.therapistId(), freed.start()))
                .filter(entry -> availability.offers(freed.clinicId(), entry.serviceId(), freed.therapistId(),
                        freed.start(), null))
                .limit(offersPerTime)
                .forEach(entry -> makeOffer(entry, freed, freedBy, expiresAt));
    }

    /**
     * The client accepts: books the time through the ordinary claims. Whoever claims it first has it; accepting
     * again returns the same answer.
     */
    public WaitlistOffer accept(String offerId) {
        WaitlistOffer offer = offers.get(offerId);
        if (offer.status() != OfferStatus.OPEN) {
            return offer;
        }
        if (!offer.open(clock)) {
            offer.expire();
            return saveQuietly(offer);
        }
        try {
            BookingOutcome outcome = booking.book(new BookingRequest(offer.clientId(), offer.clinicId(),
                    offer.serviceId(), offer.therapistId(), null, offer.start()), "waitlist-offer-" + offerId);
            offer.accepted(outcome.appointment().id());
            entries.find(offer.entryId()).ifPresent(entry -> {
                entry.booked(outcome.appointment().id());
                entries.save(entry);
            });
        } catch (SlotTakenException someoneWasFaster) {
            offer.taken();
        }
        return saveQuietly(offer);
    }

    private void makeOffer(WaitlistEntry entry, FreedTime freed, UUID freedBy, Instant expiresAt) {
        String offerId = UUID.nameUUIDFromBytes((freedBy + "/" + entry.id()).getBytes(StandardCharsets.UTF_8))
                .toString();
        if (offers.find(offerId).isPresent()) {
            return;
        }
        String token = linkTokens.issue(OFFER_LINK_PURPOSE, offerId, expiresAt, true);
        URI link = UriComponentsBuilder.fromUri(publicBaseUrl).path("/offers/start").queryParam("token", token)
                .build().toUri();
        try {
            offers.add(WaitlistOffer.make(offerId, entry, freed, expiresAt, linkSealer.seal(link), clock));
        } catch (DuplicateKeyException offeredMeanwhile) {
            // The same event was handled twice at once; the token issued here is never sent, so never used.
        }
    }

    /** A second click on Accept may race the first; the stored answer is the same either way. */
    private WaitlistOffer saveQuietly(WaitlistOffer offer) {
        try {
            return offers.save(offer);
        } catch (ConcurrentUpdateException answeredMeanwhile) {
            return offers.get(offer.id());
        }
    }

    private static Instant earliest(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }
}
