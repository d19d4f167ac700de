package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.Claim;
import com.stillpoint.booking.calendar.ClaimLiveness;
import com.stillpoint.booking.calendar.ClinicTime;
import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.calendar.ResourceClaims;
import com.stillpoint.booking.calendar.SlotTakenException;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.catalogue.ServiceOffering;
import com.stillpoint.booking.clients.Clients;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.booking.therapists.Therapist;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.problem.InvalidInputException;
import com.stillpoint.platform.problem.UnprocessableRequestException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Books and cancels appointments.
 *
 * <p>A booking is written as {@code PENDING} first, then claims the therapist's time and a room's time (in that
 * order, always), then commits with one conditional write. A conflict, or anything else that goes wrong, gives the
 * claims back and abandons the booking. Because a claim only counts while its appointment holds the time, a crash
 * anywhere leaves nothing double-booked, and {@link StalledBookings} later frees what a crash left pending.
 */
@Service
public class AppointmentBooking {

    private final Appointments appointments;
    private final Clients clients;
    private final Clinics clinics;
    private final Therapists therapists;
    private final Catalogue catalogue;
    private final ResourceClaims resourceClaims;
    private final Clock clock;

    AppointmentBooking(Appointments appointments, Clients clients, Clinics clinics, Therapists therapists,
                       Catalogue catalogue, ResourceClaims resourceClaims, Clock clock) {
        this.appointments = appointments;
        this.clients = clients;
        this.clinics = clinics;
        this.therapists = therapists;
        this.catalogue = catalogue;
        this.resourceClaims = resourceClaims;
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
        Clinic clinic = clinics.get(request.clinicId());
        ServiceOffering service = catalogue.get(request.serviceId());
        Therapist therapist = therapists.get(request.therapistId());
        if (!therapist.practises(service.requiredSkills())) {
            throw new InvalidInputException(therapist.name() + " does not practise " + service.name());
        }
        List<Room> rooms = candidateRooms(clinic, service, request.roomId());
        Placement placement = place(request, clinic, service, therapist, rooms.get(0));

        Appointment appointment;
        try {
            appointment = appointments.add(Appointment.request(id, clinic.chainId(), request.clientId(), service.id(),
                    service.modality(), placement, key, clock));
        } catch (DuplicateKeyException sameKeyAtTheSameTime) {
            return replay(appointments.get(id), key);
        }
        return new BookingOutcome(commit(appointment, rooms), false);
    }

    public Appointment cancel(String appointmentId, CancelledBy by, String reason) {
        Appointment appointment = appointments.get(appointmentId);
        Clinic clinic = clinics.get(appointment.placement().clinicId());
        appointment.cancel(by, reason, clinic.lateCancelWindow(), clock);
        appointments.save(appointment);
        releaseClaims(appointment);
        return appointment;
    }

    /** Frees a booking a crash left half-way. The commit and this are both conditional writes: only one wins. */
    void abandonIfStillPending(String appointmentId) {
        appointments.find(appointmentId)
                .filter(appointment -> appointment.status() == AppointmentStatus.PENDING)
                .ifPresent(this::giveUp);
    }

    private Appointment commit(Appointment appointment, List<Room> rooms) {
        Claim claim = appointment.claim();
        ClaimLiveness liveness = appointments.claimLiveness();
        try {
            resourceClaims.claim(therapistResource(appointment), claim, liveness);
            Room room = claimFreeRoom(rooms, claim, liveness);
            appointment.confirm(room.id(), clock);
            return appointments.save(appointment);
        } catch (RuntimeException e) {
            giveUp(appointment);
            if (e instanceof ConcurrentUpdateException) {
                throw new ConflictException("booking-expired", "The booking took too long and was released; please try again.");
            }
            throw e;
        }
    }

    private Room claimFreeRoom(List<Room> rooms, Claim claim, ClaimLiveness liveness) {
        SlotTakenException lastConflict = null;
        for (Room room : rooms) {
            try {
                resourceClaims.claim(roomResource(room.id()), claim, liveness);
                return room;
            } catch (SlotTakenException taken) {
                lastConflict = taken;
            }
        }
        throw lastConflict;
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
        releaseClaims(current);
    }

    /**
     * Removes the appointment's claims. Tidying only: they stopped counting when the appointment stopped holding
     * its time, and any left behind (say, on a room tried before the one recorded) are dropped by the next claim
     * that meets them.
     */
    private void releaseClaims(Appointment appointment) {
        Claim claim = appointment.claim();
        resourceClaims.release(therapistResource(appointment), claim);
        resourceClaims.release(roomResource(appointment.placement().roomId()), claim);
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

    private Placement place(BookingRequest request, Clinic clinic, ServiceOffering service, Therapist therapist,
                            Room room) {
        Instant start = ClinicTime.toInstant(request.start(), clinic.zone());
        if (!start.isAfter(clock.instant())) {
            throw new InvalidInputException("The start " + request.start() + " is in the past");
        }
        Interval session = new Interval(start, start.plus(service.duration()));
        return new Placement(clinic.id(), clinic.zone(), therapist.id(), room.id(), session,
                session.widen(service.bufferBefore(), service.bufferAfter()));
    }

    private static List<Room> candidateRooms(Clinic clinic, ServiceOffering service, String requestedRoomId) {
        if (requestedRoomId != null) {
            Room room = clinic.room(requestedRoomId)
                    .orElseThrow(() -> new InvalidInputException("Clinic " + clinic.name() + " has no room " + requestedRoomId));
            if (room.type() != service.roomType()) {
                throw new InvalidInputException(service.name() + " needs a " + service.roomType() + " room");
            }
            return List.of(room);
        }
        List<Room> rooms = clinic.roomsOfType(service.roomType());
        if (rooms.isEmpty()) {
            throw new InvalidInputException("Clinic " + clinic.name() + " has no " + service.roomType() + " room");
        }
        return rooms;
    }

    static String therapistResource(Appointment appointment) {
        return "therapist:" + appointment.placement().therapistId();
    }

    static String roomResource(String roomId) {
        return "room:" + roomId;
    }
}
