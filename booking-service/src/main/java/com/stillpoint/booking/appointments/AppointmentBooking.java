package com.stillpoint.booking.appointments;

import com.stillpoint.booking.clients.Clients;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.problem.UnprocessableRequestException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Books appointments, on their own or as the sessions of a treatment plan.
 *
 * <p>A booking whose therapist is visibly taken is refused before anything is written. Otherwise it is written as
 * {@code PENDING} first, then claims the therapist's time and a room's time (in that
 * order, always), then commits with one conditional write. A conflict, or anything else that goes wrong, gives the
 * claims back and abandons the booking. Because a claim only counts while its appointment holds the time, a crash
 * anywhere leaves nothing double-booked, and {@link StalledBookings} later frees what a crash left pending.
 *
 * <p>A plan's sessions use the same steps, but the plan decides when they commit: {@link #requestSession},
 * {@link #claim}, then {@link #commitSession} once the plan itself has committed, or {@link #abandon}.
 */
@Service
public class AppointmentBooking {

    private final Appointments appointments;
    private final Clients clients;
    private final PlacementPlanner planner;
    private final PlacementClaims placementClaims;
    private final ManageLinks manageLinks;
    private final Clock clock;

    AppointmentBooking(Appointments appointments, Clients clients, PlacementPlanner planner,
                       PlacementClaims placementClaims, ManageLinks manageLinks, Clock clock) {
        this.appointments = appointments;
        this.clients = clients;
        this.planner = planner;
        this.placementClaims = placementClaims;
        this.manageLinks = manageLinks;
        this.clock = clock;
    }

    public BookingOutcome book(BookingRequest request, String idempotencyKey) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey, request.canonical());
        String id = key.appointmentIdIn(TenantContext.requireChainId());
        var earlier = appointments.find(id);
        if (earlier.isPresent()) {
            return replay(earlier.get(), key);
        }
        clients.get(request.clientId());
        PlannedPlacement planned = planner.plan(request.clinicId(), request.serviceId(), request.therapistId(),
                request.roomId(), request.start());

        Appointment requested = Appointment.request(id, planned.clinic().chainId(), request.clientId(),
                planned.service().id(), planned.service().modality(), planned.placement(), key, null, clock);
        placementClaims.requireTherapistFree(requested.claim(), planned.placement().therapistId());
        Appointment appointment;
        try {
            appointment = appointments.add(requested);
        } catch (DuplicateKeyException sameKeyAtTheSameTime) {
            return replay(appointments.get(id), key);
        }
        return new BookingOutcome(commit(appointment, planned.rooms()), false);
    }

    /** The id the booking made with this idempotency key has, or will have, in the current chain. */
    public String appointmentIdFor(String idempotencyKey) {
        return IdempotencyKey.of(idempotencyKey, "").appointmentIdIn(TenantContext.requireChainId());
    }

    /** Writes a plan's session as {@code PENDING}; a retry finds the one already written. */
    public Appointment requestSession(String appointmentId, String planId, String clientId, PlannedPlacement planned) {
        try {
            return appointments.add(Appointment.request(appointmentId, planned.clinic().chainId(), clientId,
                    planned.service().id(), planned.service().modality(), planned.placement(), null, planId, clock));
        } catch (DuplicateKeyException alreadyRequested) {
            return appointments.get(appointmentId);
        }
    }

    /**
     * Claims the time of a requested session: its therapist, then the first free room of the candidates.
     *
     * @return the room claimed
     * @throws com.stillpoint.booking.calendar.SlotTakenException if the time is taken; nothing stays claimed
     */
    public String claim(Appointment requested, List<Room> rooms) {
        return placementClaims.claim(requested.claim(), requested.placement().therapistId(), rooms);
    }

    /** Commits a plan's session once the plan has committed. Idempotent: a session already booked stays as it is. */
    public void commitSession(String appointmentId, String roomId) {
        Appointment session = appointments.get(appointmentId);
        if (session.status() != AppointmentStatus.PENDING) {
            return;
        }
        confirm(session, roomId);
        try {
            appointments.save(session);
        } catch (ConcurrentUpdateException committedMeanwhile) {
            // The roll-forward of the recovery job got there first; the session is booked either way.
        }
    }

    /** Gives up a requested booking or session that is still pending, and frees its time. */
    public void abandon(String appointmentId) {
        appointments.find(appointmentId).ifPresent(this::giveUp);
    }

    /**
     * Finishes a booking a crash left half-way: a lone booking is abandoned; a plan's session goes the way of its
     * plan. The commit and the abandonment are both conditional writes: only one of them wins.
     */
    void recoverStalled(String appointmentId, TreatmentPlanSessions plans) {
        appointments.find(appointmentId)
                .filter(appointment -> appointment.status() == AppointmentStatus.PENDING)
                .ifPresent(stalled -> {
                    if (stalled.treatmentPlanId() == null) {
                        giveUp(stalled);
                        return;
                    }
                    TreatmentPlanSessions.SessionFate fate = plans.fateOfStalled(stalled.treatmentPlanId(), stalled.id());
                    switch (fate.kind()) {
                        case ROLL_FORWARD -> commitSession(stalled.id(), fate.roomId());
                        case ABANDON -> giveUp(stalled);
                        case WAIT -> { }
                    }
                });
    }

    private Appointment commit(Appointment appointment, List<Room> rooms) {
        try {
            String roomId = claim(appointment, rooms);
            confirm(appointment, roomId);
            return appointments.save(appointment);
        } catch (RuntimeException e) {
            giveUp(appointment);
            if (e instanceof ConcurrentUpdateException) {
                throw new ConflictException("booking-expired", "The booking took too long and was released; please try again.");
            }
            throw e;
        }
    }

    private void confirm(Appointment appointment, String roomId) {
        appointment.confirm(roomId, manageLinks.issueSealed(appointment.id(), appointment.generation(),
                appointment.placement().startsAt()), clock);
    }

    private void giveUp(Appointment requested) {
        Appointment current = appointments.find(requested.id()).orElse(requested);
        if (current.status() == AppointmentStatus.PENDING) {
            current.abandon();
            try {
                appointments.save(current);
            } catch (ConcurrentUpdateException committedMeanwhile) {
                return;
            }
        }
        if (!current.status().holdsTime()) {
            placementClaims.release(current.claim(), current.placement());
        }
    }

    private BookingOutcome replay(Appointment earlier, IdempotencyKey key) {
        if (!earlier.wasRequestedWith(key)) {
            throw new UnprocessableRequestException("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different booking.");
        }
        return switch (earlier.status()) {
            case PENDING -> throw new ConflictException("booking-in-progress",
                    "This booking is still being made; retry in a moment.");
            case ABANDONED -> throw new ConflictException("slot-taken",
                    "This booking attempt did not go through; start a new one.");
            default -> new BookingOutcome(earlier, true);
        };
    }
}
