package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.Claim;
import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A client's session with a therapist in a room. It is booked in two steps: requested ({@code PENDING}, while
 * the therapist's and the room's time is claimed), then committed ({@code BOOKED}). The commit is a single
 * conditional write on this document, which is what makes a booking all-or-nothing without transactions.
 */
public class Appointment extends AggregateRoot {

    private String clientId;
    private String serviceId;
    private Skill modality;
    private String clinicId;
    private ZoneId clinicZone;
    private String therapistId;
    private String roomId;
    private Instant startsAt;
    private Instant endsAt;
    private Instant blockedFrom;
    private Instant blockedUntil;
    private int generation;
    private AppointmentStatus status;
    private String idempotencyKey;
    private String requestFingerprint;
    private Instant requestedAt;
    private Cancellation cancellation;

    private Appointment() {
    }

    private Appointment(String id, String chainId) {
        super(id, chainId);
    }

    static Appointment request(String id, String chainId, String clientId, String serviceId, Skill modality,
                               Placement placement, IdempotencyKey key, Clock clock) {
        Appointment appointment = new Appointment(id, chainId);
        appointment.clientId = clientId;
        appointment.serviceId = serviceId;
        appointment.modality = modality;
        appointment.place(placement);
        appointment.generation = 1;
        appointment.status = AppointmentStatus.PENDING;
        appointment.idempotencyKey = key.value();
        appointment.requestFingerprint = key.fingerprint();
        appointment.requestedAt = clock.instant();
        return appointment;
    }

    /** Commits a requested booking once its therapist's time and the given room's time are claimed. */
    void confirm(String claimedRoomId, Clock clock) {
        requireStatus("confirmed", EnumSet.of(AppointmentStatus.PENDING));
        roomId = claimedRoomId;
        status = AppointmentStatus.BOOKED;
        registerEvent(new AppointmentBooked(UUID.randomUUID(), clock.instant(), chainId(), id(), nextVersion(),
                clientId, clinicId, therapistId, roomId, serviceId, modality.name(), startsAt, endsAt, clinicZone,
                null, null));
    }

    /** Gives up a requested booking that could not, or did not in time, get its time. */
    void abandon() {
        requireStatus("abandoned", EnumSet.of(AppointmentStatus.PENDING));
        status = AppointmentStatus.ABANDONED;
    }

    /**
     * Cancels a booked appointment. A client cancelling inside the clinic's late-cancel window is recorded as a
     * late cancellation.
     */
    void cancel(CancelledBy by, String reason, Duration lateCancelWindow, Clock clock) {
        requireStatus("cancelled", EnumSet.of(AppointmentStatus.BOOKED));
        Instant now = clock.instant();
        boolean late = by == CancelledBy.CLIENT && now.isAfter(startsAt.minus(lateCancelWindow));
        status = AppointmentStatus.CANCELLED;
        cancellation = new Cancellation(now, by, late, reason);
        registerEvent(new AppointmentCancelled(UUID.randomUUID(), now, chainId(), id(), nextVersion(), clientId,
                clinicId, startsAt, clinicZone, late, by.name()));
    }

    /** The claim this appointment holds on its therapist's and its room's time. */
    Claim claim() {
        return new Claim(id(), generation, clinicId, blockedFrom, blockedUntil);
    }

    /** Whether the claim is this appointment's current one and the appointment still holds its time. */
    boolean holds(Claim claim) {
        return status.holdsTime() && claim.generation() == generation;
    }

    boolean wasRequestedWith(IdempotencyKey key) {
        return key.fingerprint().equals(requestFingerprint);
    }

    private void place(Placement placement) {
        clinicId = placement.clinicId();
        clinicZone = placement.clinicZone();
        therapistId = placement.therapistId();
        roomId = placement.roomId();
        startsAt = placement.startsAt();
        endsAt = placement.endsAt();
        blockedFrom = placement.blocked().start();
        blockedUntil = placement.blocked().end();
    }

    private void requireStatus(String action, Set<AppointmentStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new IllegalTransitionException(action, status);
        }
    }

    public String clientId() {
        return clientId;
    }

    public String serviceId() {
        return serviceId;
    }

    public Placement placement() {
        return new Placement(clinicId, clinicZone, therapistId, roomId, new Interval(startsAt, endsAt),
                new Interval(blockedFrom, blockedUntil));
    }

    public AppointmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Cancellation cancellation() {
        return cancellation;
    }
}
