package com.stillpoint.intake.staff;

import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.Requirement;

import java.time.Instant;
import java.util.Set;

/**
 * Where an appointment's intake stands: what staff at the desk may know. It never says what the client answered.
 *
 * @param outstanding       what the client still has to do
 * @param intakeSubmittedAt when the intake this appointment relies on was submitted, if any
 */
record IntakeStatusView(String appointmentId, String clientId, String clinicId, String therapistId,
                        Instant appointmentStartsAt, IntakeReadiness readiness, Set<Requirement> outstanding,
                        Instant intakeSubmittedAt, String reviewedBy, Instant reviewedAt, boolean withdrawn) {

    static IntakeStatusView of(IntakeRequest request) {
        return new IntakeStatusView(request.appointmentId(), request.clientId(), request.clinicId(),
                request.therapistId(), request.appointmentStartsAt(), request.readiness(), request.outstanding(),
                request.intake() == null ? null : request.intake().submittedAt(), request.reviewedBy(),
                request.reviewedAt(), request.isWithdrawn());
    }
}
