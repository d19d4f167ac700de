package com.stillpoint.booking.plans;

import com.stillpoint.platform.aggregate.AggregateRoot;
import com.stillpoint.platform.problem.ConflictException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A course of weekly or bi-weekly sessions with the same therapist, clinic and local time. It is the commit record
 * of its sessions: they are written {@code PENDING} and claimed, and only when every one of them is claimed does the
 * plan commit, with one conditional write; the sessions are then rolled forward to booked. A plan is never half
 * booked: until it commits none of its sessions is, and once it has, every one of them will be.
 */
public class TreatmentPlan extends AggregateRoot {

    private String clientId;
    private String serviceId;
    private String clinicId;
    private ZoneId clinicZone;
    private String therapistId;
    private LocalDate firstDate;
    private LocalTime time;
    private Cadence cadence;
    private PlanStatus status;
    private int attempt;
    private List<PlanSession> sessions;
    private List<PlanConflict> conflicts;
    private String requestFingerprint;
    private Instant requestedAt;
    private LocalDate cancelledFrom;

    private TreatmentPlan() {
    }

    private TreatmentPlan(String id, String chainId) {
        super(id, chainId);
    }

    static TreatmentPlan request(String id, String chainId, PlanRequest request, ZoneId clinicZone,
                                 List<PlanSession> sessions, String requestFingerprint, Clock clock) {
        TreatmentPlan plan = new TreatmentPlan(id, chainId);
        plan.clientId = request.clientId();
        plan.serviceId = request.serviceId();
        plan.clinicId = request.clinicId();
        plan.clinicZone = clinicZone;
        plan.therapistId = request.therapistId();
        plan.firstDate = request.firstDate();
        plan.time = request.time();
        plan.cadence = request.cadence();
        plan.status = PlanStatus.PENDING;
        plan.attempt = 1;
        plan.sessions = new ArrayList<>(sessions);
        plan.conflicts = List.of();
        plan.requestFingerprint = requestFingerprint;
        plan.requestedAt = clock.instant();
        return plan;
    }

    /** Every session is claimed, each in the given room: the plan, and with it every session, is booked. */
    void commit(Map<Integer, String> roomBySession) {
        requireStatus(PlanStatus.PENDING, "committed");
        sessions = sessions.stream().map(session -> session.inRoom(roomBySession.get(session.number()))).toList();
        status = PlanStatus.BOOKED;
    }

    /** Replaces the sessions whose time was taken with the alternatives the caller accepted. */
    void substitute(List<PlanSession> replacements) {
        requireStatus(PlanStatus.PENDING, "changed");
        List<PlanSession> updated = new ArrayList<>(sessions);
        for (PlanSession replacement : replacements) {
            updated.set(replacement.number() - 1, replacement);
        }
        sessions = updated;
        attempt++;
    }

    void refuse(List<PlanConflict> taken) {
        requireStatus(PlanStatus.PENDING, "refused");
        conflicts = List.copyOf(taken);
        status = PlanStatus.REFUSED;
    }

    void abandon() {
        requireStatus(PlanStatus.PENDING, "abandoned");
        status = PlanStatus.ABANDONED;
    }

    /** Records that the plan ends before this date; its sessions from then on are cancelled one by one. */
    void cancelFrom(LocalDate date) {
        requireStatus(PlanStatus.BOOKED, "cancelled");
        cancelledFrom = cancelledFrom == null || date.isBefore(cancelledFrom) ? date : cancelledFrom;
    }

    boolean wasRequestedWith(String fingerprint) {
        return fingerprint.equals(requestFingerprint);
    }

    Optional<PlanSession> sessionOf(String appointmentId) {
        return sessions.stream().filter(session -> session.appointmentId().equals(appointmentId)).findFirst();
    }

    Optional<PlanSession> sessionAfter(PlanSession session) {
        return sessions.stream().filter(candidate -> candidate.number() == session.number() + 1).findFirst();
    }

    private void requireStatus(PlanStatus required, String action) {
        if (status != required) {
            throw new ConflictException("illegal-transition", "A treatment plan that is "
                    + status.name().toLowerCase(Locale.ROOT) + " cannot be " + action + ".");
        }
    }

    public String clientId() {
        return clientId;
    }

    public String serviceId() {
        return serviceId;
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

    public LocalTime time() {
        return time;
    }

    public Cadence cadence() {
        return cadence;
    }

    public PlanStatus status() {
        return status;
    }

    public int attempt() {
        return attempt;
    }

    public List<PlanSession> sessions() {
        return List.copyOf(sessions);
    }

    public List<PlanConflict> conflicts() {
        return conflicts;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public LocalDate cancelledFrom() {
        return cancelledFrom;
    }
}
