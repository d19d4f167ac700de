package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.Claim;
import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.AppointmentCheckedIn;
import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.booking.AppointmentConfirmed;
import com.stillpoint.contracts.booking.AppointmentNoShow;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.platform.aggregate.AggregateRoot;
import com.stillpoint.platform.problem.ConflictException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A client's session with a therapist in a room. It is booked in two steps: requested ({@code PENDING}, while
 * the therapist's and the room's time is claimed), then committed ({@code BOOKED}). The commit is a single
 * conditional write on this document, which is what makes a booking all-or-nothing without transactions.
 *
 * <p>A reschedule works the same way: the move is marked pending under a new generation, the new placement is
 * claimed, and one conditional write commits it. Every claim names the generation it was made for; only the
 * current generation and a pending move's count (see {@link #holds}).
 */
public class Appointment extends AggregateRoot {

    private String clientId;
    private String serviceId;
    private Skill modality;
    private String treatmentPlanId;
    private Placement placement;
    private int generation;
    private int lastGeneration;
    private PendingMove pendingMove;
    private List<VacatedPlacement> vacated;
    private AppointmentStatus status;
    private String idempotencyKey;
    private String requestFingerprint;
    private Instant requestedAt;
    private Confirmation confirmation;
    private Instant checkedInAt;
    private Instant completedAt;
    private Instant noShowRecordedAt;
    private Cancellation cancellation;

    private Appointment() {
    }

    private Appointment(String id, String chainId) {
        super(id, chainId);
    }

    /**
     * A booking being made, on its own or as a session of a treatment plan.
     *
     * @param treatmentPlanId the plan, or {@code null}
     * @param key             the request's idempotency key, or {@code null} for a plan's session (the plan has one)
     */
    static Appointment request(String id, String chainId, String clientId, String serviceId, Skill modality,
                               Placement placement, IdempotencyKey key, String treatmentPlanId, Clock clock) {
        Appointment appointment = new Appointment(id, chainId);
        appointment.clientId = clientId;
        appointment.serviceId = serviceId;
        appointment.modality = modality;
        appointment.treatmentPlanId = treatmentPlanId;
        appointment.placement = placement;
        appointment.generation = 1;
        appointment.lastGeneration = 1;
        appointment.vacated = new ArrayList<>();
        appointment.status = AppointmentStatus.PENDING;
        appointment.idempotencyKey = key == null ? null : key.value();
        appointment.requestFingerprint = key == null ? null : key.fingerprint();
        appointment.requestedAt = clock.instant();
        return appointment;
    }

    /** Commits a requested booking once its therapist's time and the given room's time are claimed. */
    void confirm(String claimedRoomId, String sealedManageLink, Clock clock) {
        requireStatus("booked", EnumSet.of(AppointmentStatus.PENDING));
        placement = placement.inRoom(claimedRoomId);
        status = AppointmentStatus.BOOKED;
        registerEvent(new AppointmentBooked(UUID.randomUUID(), clock.instant(), chainId(), id(), nextVersion(),
                clientId, placement.clinicId(), placement.therapistId(), placement.roomId(), serviceId,
                modality.name(), placement.startsAt(), placement.endsAt(), placement.clinicZone(), treatmentPlanId,
                sealedManageLink));
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
        status = AppointmentStatus.CANCELLED;
        cancellation = new Cancellation(now, by, isLateCancellation(by, lateCancelWindow, now), reason);
        registerEvent(new AppointmentCancelled(UUID.randomUUID(), now, chainId(), id(), nextVersion(), clientId,
                placement.clinicId(), placement.startsAt(), placement.clinicZone(), cancellation.late(), by.name()));
    }

    /** Whether cancelling now would count as late under a window: only a client's cancellation can be. */
    boolean isLateCancellation(CancelledBy by, Duration lateCancelWindow, Instant now) {
        return by == CancelledBy.CLIENT && now.isAfter(placement.startsAt().minus(lateCancelWindow));
    }

    /** @return false if the client had already confirmed: nothing changes then, so a repeated reply is harmless */
    boolean confirmAttendance(ConfirmedVia via, Clock clock) {
        requireStatus("confirmed", EnumSet.of(AppointmentStatus.BOOKED));
        if (confirmation != null) {
            return false;
        }
        confirmation = new Confirmation(clock.instant(), via);
        registerEvent(new AppointmentConfirmed(UUID.randomUUID(), confirmation.at(), chainId(), id(), nextVersion(),
                clientId, via.name()));
        return true;
    }

    /** The client arrived: possible on the day of the session, on the clinic's calendar, until it ends. */
    void checkIn(Clock clock) {
        requireStatus("checked in", EnumSet.of(AppointmentStatus.BOOKED));
        Instant now = clock.instant();
        Instant dayStarts = sessionDay().atStartOfDay(placement.clinicZone()).toInstant();
        if (now.isBefore(dayStarts) || !now.isBefore(placement.endsAt())) {
            throw new ConflictException("not-checkable", "A client checks in on the day of their session, before it ends.");
        }
        checkedInAt = now;
        status = AppointmentStatus.CHECKED_IN;
        registerEvent(new AppointmentCheckedIn(UUID.randomUUID(), now, chainId(), id(), nextVersion(), clientId,
                placement.clinicId()));
    }

    void complete(boolean nextPlanSessionBooked, Clock clock) {
        requireStatus("completed", EnumSet.of(AppointmentStatus.CHECKED_IN));
        completedAt = clock.instant();
        status = AppointmentStatus.COMPLETED;
        registerEvent(new AppointmentCompleted(UUID.randomUUID(), completedAt, chainId(), id(), nextVersion(),
                clientId, placement.clinicId(), placement.therapistId(), modality.name(), placement.startsAt(),
                completedAt, placement.clinicZone(), treatmentPlanId, nextPlanSessionBooked));
    }

    /** The client did not come: recorded once the session has started, for the clinic's no-show policy. */
    void recordNoShow(Clock clock) {
        requireStatus("marked as a no-show", EnumSet.of(AppointmentStatus.BOOKED));
        Instant now = clock.instant();
        if (now.isBefore(placement.startsAt())) {
            throw new ConflictException("not-started", "A no-show can only be recorded once the session has started.");
        }
        noShowRecordedAt = now;
        status = AppointmentStatus.NO_SHOW;
        registerEvent(new AppointmentNoShow(UUID.randomUUID(), now, chainId(), id(), nextVersion(), clientId,
                placement.clinicId(), placement.startsAt(), placement.clinicZone()));
    }

    /**
     * Marks a move to another placement as pending, under a generation never used before: claims of an earlier
     * move that was given up stay dead.
     */
    void beginMove(Placement target, Clock clock) {
        requireStatus("rescheduled", EnumSet.of(AppointmentStatus.BOOKED));
        if (pendingMove != null) {
            throw new ConflictException("reschedule-in-progress", "This appointment is being rescheduled already.");
        }
        lastGeneration++;
        pendingMove = new PendingMove(lastGeneration, target, clock.instant());
    }

    /** Commits the pending move, whose placement is claimed with the given room. */
    void commitMove(String claimedRoomId, String sealedManageLink, Clock clock) {
        requireStatus("rescheduled", EnumSet.of(AppointmentStatus.BOOKED));
        if (pendingMove == null) {
            throw new ConflictException("reschedule-expired", "The reschedule took too long and was released; please try again.");
        }
        Placement previous = placement;
        vacated.add(new VacatedPlacement(nextVersion(), previous));
        placement = pendingMove.placement().inRoom(claimedRoomId);
        generation = pendingMove.generation();
        pendingMove = null;
        registerEvent(new AppointmentRescheduled(UUID.randomUUID(), clock.instant(), chainId(), id(), nextVersion(),
                clientId, placement.clinicId(), placement.therapistId(), placement.roomId(), previous.startsAt(),
                placement.startsAt(), placement.endsAt(), placement.clinicZone(), sealedManageLink));
    }

    /** Gives up the pending move: its claims stop counting, the current placement stays. */
    void abandonMove() {
        pendingMove = null;
    }

    /** The claim this appointment holds on its therapist's and its room's time. */
    public Claim claim() {
        return claimOf(generation, placement);
    }

    /** The claim of the pending move, if a move is pending. */
    Optional<Claim> moveClaim() {
        return Optional.ofNullable(pendingMove).map(move -> claimOf(move.generation(), move.placement()));
    }

    private Claim claimOf(int claimGeneration, Placement claimed) {
        return new Claim(id(), claimGeneration, claimed.clinicId(), claimed.blocked().start(), claimed.blocked().end());
    }

    /**
     * Whether a claim still counts: the appointment holds time, and the claim is of its current placement or of
     * the move in progress.
     */
    public boolean holds(Claim claim) {
        if (!status.holdsTime()) {
            return false;
        }
        return claim.generation() == generation
                || pendingMove != null && claim.generation() == pendingMove.generation();
    }

    boolean wasRequestedWith(IdempotencyKey key) {
        return key.fingerprint().equals(requestFingerprint);
    }

    private void requireStatus(String action, Set<AppointmentStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new IllegalTransitionException(action, status);
        }
    }

    /** The date of the session on the clinic's calendar. */
    public LocalDate sessionDay() {
        return LocalDate.ofInstant(placement.startsAt(), placement.clinicZone());
    }

    public String clientId() {
        return clientId;
    }

    public String serviceId() {
        return serviceId;
    }

    public Skill modality() {
        return modality;
    }

    /** The treatment plan this session belongs to, or {@code null}. */
    public String treatmentPlanId() {
        return treatmentPlanId;
    }

    public Placement placement() {
        return placement;
    }

    public int generation() {
        return generation;
    }

    public Optional<PendingMove> pendingMove() {
        return Optional.ofNullable(pendingMove);
    }

    /** The placement the reschedule that made this version freed, if that version was a reschedule. */
    public Optional<Placement> vacatedAt(long version) {
        return vacated.stream().filter(entry -> entry.version() == version).map(VacatedPlacement::placement).findFirst();
    }

    public AppointmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Confirmation> confirmation() {
        return Optional.ofNullable(confirmation);
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    /** When it starts, on the clinic's clock. */
    public ZoneId zone() {
        return placement.clinicZone();
    }

    public Interval session() {
        return placement.session();
    }
}
