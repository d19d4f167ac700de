package com.stillpoint.booking.plans;

import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentBooking;
import com.stillpoint.booking.appointments.PlacementPlanner;
import com.stillpoint.booking.appointments.PlannedPlacement;
import com.stillpoint.booking.availability.AvailabilitySearch;
import com.stillpoint.booking.availability.Slot;
import com.stillpoint.booking.calendar.SlotTakenException;
import com.stillpoint.booking.clients.Clients;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.crypto.Sha256;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.problem.InvalidInputException;
import com.stillpoint.platform.problem.UnprocessableRequestException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Books a treatment plan all or nothing.
 *
 * <ol>
 *   <li>The plan is written {@code PENDING} with every session; each session is written {@code PENDING} and
 *       claimed. Every session is tried, so a conflict on the fifth is found even when the first four are free.</li>
 *   <li>If every session got its time, the plan commits with one conditional write, and the sessions are rolled
 *       forward to booked (a crash during the roll-forward is finished by the recovery job).</li>
 *   <li>If some did not, the caller either accepted alternatives (the closest free time that day, the same
 *       therapist first), which are claimed in place of the taken ones while the others keep their claims; or the
 *       plan is refused with the taken dates and their alternatives, and every session is abandoned.</li>
 * </ol>
 */
@Service
public class PlanBooking {

    private static final int ALTERNATIVES_PER_SESSION = 5;

    private final TreatmentPlans plans;
    private final Clients clients;
    private final PlacementPlanner planner;
    private final AppointmentBooking booking;
    private final AvailabilitySearch availability;
    private final Clock clock;

    PlanBooking(TreatmentPlans plans, Clients clients, PlacementPlanner planner, AppointmentBooking booking,
                AvailabilitySearch availability, Clock clock) {
        this.plans = plans;
        this.clients = clients;
        this.planner = planner;
        this.booking = booking;
        this.availability = availability;
        this.clock = clock;
    }

    public PlanOutcome book(PlanRequest request, String idempotencyKey) {
        if (request.sessions() < 4 || request.sessions() > 8) {
            throw new InvalidInputException("A treatment plan has 4 to 8 sessions");
        }
        String fingerprint = Sha256.hex(request.canonical());
        String planId = planIdFor(idempotencyKey);
        var earlier = plans.find(planId);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        clients.get(request.clientId());
        Map<Integer, PlannedPlacement> planned = new HashMap<>();
        List<PlanSession> sessions = new ArrayList<>();
        for (int number = 1; number <= request.sessions(); number++) {
            PlannedPlacement placement = planner.plan(request.clinicId(), request.serviceId(), request.therapistId(),
                    null, request.startOf(number));
            planned.put(number, placement);
            sessions.add(new PlanSession(number, request.startOf(number), request.therapistId(),
                    sessionId(planId, number, 1), null, false));
        }
        TreatmentPlan plan;
        try {
            plan = plans.add(TreatmentPlan.request(planId, TenantContext.requireChainId(), request,
                    planned.get(1).clinic().zone(), sessions, fingerprint, clock));
        } catch (DuplicateKeyException sameKeyAtTheSameTime) {
            return replay(plans.get(planId), fingerprint);
        }
        return new PlanOutcome(attempt(plan, planned, request.acceptAlternatives()), false);
    }

    private TreatmentPlan attempt(TreatmentPlan plan, Map<Integer, PlannedPlacement> planned,
                                  boolean acceptAlternatives) {
        Map<Integer, String> rooms = new HashMap<>();
        List<PlanConflict> conflicts = claim(plan, plan.sessions(), planned, rooms);
        if (!conflicts.isEmpty() && acceptAlternatives
                && conflicts.stream().noneMatch(conflict -> conflict.alternatives().isEmpty())) {
            List<PlanSession> replacements = conflicts.stream().map(conflict -> {
                Slot alternative = conflict.alternatives().get(0);
                planned.put(conflict.session(), planner.plan(plan.clinicId(), plan.serviceId(),
                        alternative.therapistId(), null, alternative.start()));
                return new PlanSession(conflict.session(), alternative.start(), alternative.therapistId(),
                        sessionId(plan.id(), conflict.session(), plan.attempt() + 1), null, true);
            }).toList();
            plan.substitute(replacements);
            save(plan);
            conflicts = claim(plan, replacements, planned, rooms);
        }
        if (!conflicts.isEmpty()) {
            refuse(plan, conflicts);
        }
        plan.commit(rooms);
        save(plan);
        plan.sessions().forEach(session -> booking.commitSession(session.appointmentId(), session.roomId()));
        return plan;
    }

    /** Claims each session, every one of them; the taken ones are abandoned and come back with alternatives. */
    private List<PlanConflict> claim(TreatmentPlan plan, List<PlanSession> sessions,
                                     Map<Integer, PlannedPlacement> planned, Map<Integer, String> rooms) {
        List<PlanSession> taken = new ArrayList<>();
        for (PlanSession session : sessions) {
            PlannedPlacement placement = planned.get(session.number());
            Appointment requested = booking.requestSession(session.appointmentId(), plan.id(), plan.clientId(),
                    placement);
            try {
                rooms.put(session.number(), booking.claim(requested, placement.rooms()));
            } catch (SlotTakenException slotTaken) {
                booking.abandon(session.appointmentId());
                taken.add(session);
            }
        }
        return taken.stream().map(session -> new PlanConflict(session.number(), session.start(),
                availability.alternatives(plan.clinicId(), plan.serviceId(), plan.therapistId(), session.start(),
                        ALTERNATIVES_PER_SESSION))).toList();
    }

    private void refuse(TreatmentPlan plan, List<PlanConflict> conflicts) {
        plan.refuse(conflicts);
        try {
            plans.save(plan);
        } finally {
            plan.sessions().forEach(session -> booking.abandon(session.appointmentId()));
        }
        throw new PlanConflictException(conflicts);
    }

    /** A conditional write; losing it means the recovery job gave the plan up meanwhile. */
    private void save(TreatmentPlan plan) {
        try {
            plans.save(plan);
        } catch (ConcurrentUpdateException expired) {
            plan.sessions().forEach(session -> booking.abandon(session.appointmentId()));
            throw new ConflictException("plan-expired", "The plan took too long to book and was released; please try again.");
        }
    }

    private PlanOutcome replay(TreatmentPlan earlier, String fingerprint) {
        if (!earlier.wasRequestedWith(fingerprint)) {
            throw new UnprocessableRequestException("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different plan.");
        }
        return switch (earlier.status()) {
            case PENDING -> throw new ConflictException("booking-in-progress",
                    "This plan is still being booked; retry in a moment.");
            case REFUSED -> throw new PlanConflictException(earlier.conflicts());
            case ABANDONED -> throw new ConflictException("plan-expired",
                    "This plan did not go through; start a new one.");
            case BOOKED -> new PlanOutcome(earlier, true);
        };
    }

    private static String planIdFor(String idempotencyKey) {
        return UUID.nameUUIDFromBytes(("treatment-plan\n" + TenantContext.requireChainId() + "\n" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String sessionId(String planId, int number, int attempt) {
        return UUID.nameUUIDFromBytes((planId + "/" + number + "/" + attempt).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
