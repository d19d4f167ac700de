package com.stillpoint.intake.requests;

import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.platform.aggregate.AggregateRoot;
import com.stillpoint.platform.problem.ConflictException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Where one appointment stands on intake and consent. Its id is the appointment's, so a redelivered booking event
 * finds the request it already made.
 *
 * <p>Its readiness is what staff and other services learn ({@link IntakeStatusChanged}): {@code PENDING} while the
 * client still has something to do, then {@code READY}, or {@code REVIEW_NEEDED} when the intake it relies on met
 * a contraindication rule, until the appointment's therapist acknowledges it ({@code REVIEWED}). Never why.
 */
public class IntakeRequest extends AggregateRoot {

    private String clientId;
    private String clinicId;
    private String therapistId;
    private String modality;
    private String treatmentPlanId;
    private Instant appointmentStartsAt;
    private ZoneId clinicZone;
    private Instant requestedAt;
    private Set<Requirement> outstanding;
    private IntakeRef intake;
    private IntakeReadiness readiness;
    private String reviewedBy;
    private Instant reviewedAt;
    private boolean withdrawn;
    /** When the client last had nothing left to do; cleared while something is outstanding again. */
    private Instant completedAt;

    private IntakeRequest() {
    }

    private IntakeRequest(AppointmentDetails appointment, IntakeRef validIntake, Set<Requirement> outstanding,
                          Clock clock) {
        super(appointment.appointmentId(), appointment.chainId());
        clientId = appointment.clientId();
        clinicId = appointment.clinicId();
        therapistId = appointment.therapistId();
        modality = appointment.modality();
        treatmentPlanId = appointment.treatmentPlanId();
        appointmentStartsAt = appointment.startsAt();
        clinicZone = appointment.clinicZone();
        requestedAt = clock.instant();
        intake = validIntake;
        this.outstanding = outstanding.isEmpty() ? EnumSet.noneOf(Requirement.class) : EnumSet.copyOf(outstanding);
    }

    /**
     * Asks the client for what is outstanding, through the sealed link that goes out with {@link IntakeRequested}.
     *
     * @param validIntake the client's intake that still counts, if only consent is outstanding
     */
    static IntakeRequest ask(AppointmentDetails appointment, Set<Requirement> outstanding, IntakeRef validIntake,
                             String sealedLink, Clock clock) {
        if (outstanding.isEmpty()) {
            throw new IllegalArgumentException("Nothing to ask for");
        }
        IntakeRequest request = new IntakeRequest(appointment, validIntake, outstanding, clock);
        request.announceLink(sealedLink, clock);
        request.updateReadiness(clock);
        return request;
    }

    /** Records that the client has everything a session needs already: the status goes out straight away. */
    static IntakeRequest alreadySatisfied(AppointmentDetails appointment, IntakeRef validIntake, Clock clock) {
        IntakeRequest request = new IntakeRequest(appointment, validIntake, Set.of(), clock);
        request.updateReadiness(clock);
        return request;
    }

    /** @return whether anything changed */
    boolean intakeSubmitted(IntakeRef submitted, Clock clock) {
        if (withdrawn || !outstanding.contains(Requirement.INTAKE_FORM)) {
            return false;
        }
        intake = submitted;
        reviewedBy = null;
        reviewedAt = null;
        outstanding.remove(Requirement.INTAKE_FORM);
        updateReadiness(clock);
        return true;
    }

    /** @return whether anything changed */
    boolean consentSigned(Clock clock) {
        if (withdrawn || !outstanding.remove(Requirement.CONSENT)) {
            return false;
        }
        updateReadiness(clock);
        return true;
    }

    /**
     * Asks again for something that no longer counts, e.g. consent after a material new version.
     *
     * @param sealedLink a new link for a client who had nothing left to do; {@code null} if their link still works
     * @return whether anything changed
     */
    boolean requireAgain(Requirement requirement, String sealedLink, Clock clock) {
        if (withdrawn || !outstanding.add(requirement)) {
            return false;
        }
        if (sealedLink != null) {
            announceLink(sealedLink, clock);
        }
        updateReadiness(clock);
        return true;
    }

    /** Sends the client a fresh link, e.g. when they lost the first or it was used up before they finished. */
    void reissueLink(String sealedLink, Clock clock) {
        requireOpen();
        announceLink(sealedLink, clock);
    }

    /** @throws ConflictException if the client has nothing (more) to do for it */
    void requireOpen() {
        if (!isOpen()) {
            throw new ConflictException("intake-not-open", "Intake " + id() + " needs nothing more from the client.");
        }
    }

    /**
     * The appointment moved. A new therapist must review a flagged intake themselves.
     *
     * @param newlyMissing what no longer counts at the new time, e.g. an intake too old for it
     * @param sealedLink   the replacement link, valid until the new start, if the client has something to do
     */
    void moved(Instant startsAt, String newClinicId, String newTherapistId, Set<Requirement> newlyMissing,
               String sealedLink, Clock clock) {
        appointmentStartsAt = startsAt;
        outstanding.addAll(newlyMissing);
        clinicId = newClinicId;
        if (!Objects.equals(therapistId, newTherapistId)) {
            therapistId = newTherapistId;
            reviewedBy = null;
            reviewedAt = null;
        }
        if (sealedLink != null) {
            announceLink(sealedLink, clock);
        }
        updateReadiness(clock);
    }

    /** The appointment's therapist has read the flagged intake. */
    void acknowledgeReview(String byTherapist, String byUsername, Clock clock) {
        if (readiness != IntakeReadiness.REVIEW_NEEDED) {
            throw new ConflictException("no-review-needed", "Intake " + id() + " is not waiting for a review.");
        }
        if (!Objects.equals(therapistId, byTherapist)) {
            throw new IllegalStateException("Only the appointment's therapist reviews its intake");
        }
        reviewedBy = byUsername;
        reviewedAt = clock.instant();
        updateReadiness(clock);
    }

    /** @return whether anything changed */
    boolean withdraw() {
        if (withdrawn) {
            return false;
        }
        withdrawn = true;
        return true;
    }

    /** Whether the client still has something to do for it. */
    public boolean isOpen() {
        return !withdrawn && !outstanding.isEmpty();
    }

    private void announceLink(String sealedLink, Clock clock) {
        registerEvent(new IntakeRequested(UUID.randomUUID(), clock.instant(), chainId(), id(), id(), clientId, clinicId,
                sealedLink, appointmentStartsAt));
    }

    private void updateReadiness(Clock clock) {
        if (!outstanding.isEmpty()) {
            completedAt = null;
        } else if (completedAt == null) {
            completedAt = clock.instant();
        }
        IntakeReadiness now;
        if (!outstanding.isEmpty()) {
            now = IntakeReadiness.PENDING;
        } else if (!intake.flagged()) {
            now = IntakeReadiness.READY;
        } else {
            now = reviewedAt == null ? IntakeReadiness.REVIEW_NEEDED : IntakeReadiness.REVIEWED;
        }
        if (now != readiness) {
            readiness = now;
            registerEvent(new IntakeStatusChanged(UUID.randomUUID(), clock.instant(), chainId(), id(), clientId, now));
        }
    }

    /** Whether the client had done everything the session needs before it started. */
    public boolean completedBeforeStart() {
        return outstanding.isEmpty() && completedAt != null && !completedAt.isAfter(appointmentStartsAt);
    }

    public String appointmentId() {
        return id();
    }

    public String clientId() {
        return clientId;
    }

    public String clinicId() {
        return clinicId;
    }

    public String therapistId() {
        return therapistId;
    }

    public String modality() {
        return modality;
    }

    public String treatmentPlanId() {
        return treatmentPlanId;
    }

    public Instant appointmentStartsAt() {
        return appointmentStartsAt;
    }

    public ZoneId clinicZone() {
        return clinicZone;
    }

    public Set<Requirement> outstanding() {
        return outstanding.isEmpty() ? Set.of() : Set.copyOf(outstanding);
    }

    /** The submitted intake this appointment relies on, or {@code null} while none does. */
    public IntakeRef intake() {
        return intake;
    }

    public IntakeReadiness readiness() {
        return readiness;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
