package com.stillpoint.intake.staff;

import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.surveys.TreatmentPlan;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.security.StaffRole;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Object-level access: outside a staff member's reach a request or plan does not exist for them (404), exactly
 * like another chain's, so ids cannot be probed.
 */
@Component
class StaffAccess {

    private static final Set<StaffRole> DESK = EnumSet.of(StaffRole.FRONT_DESK, StaffRole.CLINIC_ADMIN,
            StaffRole.CHAIN_ADMIN);

    /** Its status: the desk and admins at its clinic, and its therapist. */
    IntakeRequest requireStatusVisible(IntakeRequest request) {
        StaffMember staff = StaffMember.require();
        if (isDeskAt(staff, request) || isTherapistOf(staff, request)) {
            return request;
        }
        throw notFound(request);
    }

    /** Acting for the client (a new link): the desk and admins at its clinic. */
    IntakeRequest requireDeskAt(IntakeRequest request) {
        if (isDeskAt(StaffMember.require(), request)) {
            return request;
        }
        throw notFound(request);
    }

    /** Its health data: only the appointment's therapist. */
    IntakeRequest requireTherapistOf(IntakeRequest request) {
        if (isTherapistOf(StaffMember.require(), request)) {
            return request;
        }
        throw notFound(request);
    }

    /** A plan's outcomes: only the therapists who treat it. */
    TreatmentPlan requireTreating(TreatmentPlan plan) {
        StaffMember staff = StaffMember.require();
        if (staff.has(StaffRole.THERAPIST) && plan.isTreatedBy(staff.therapistId())) {
            return plan;
        }
        throw new NotFoundException("treatment plan", plan.id());
    }

    /** Which measures a plan follows: the chain, or a therapist who treats it. */
    TreatmentPlan requireMayChooseMeasures(TreatmentPlan plan) {
        StaffMember staff = StaffMember.require();
        if (staff.has(StaffRole.CHAIN_ADMIN)) {
            return plan;
        }
        return requireTreating(plan);
    }

    private static boolean isDeskAt(StaffMember staff, IntakeRequest request) {
        return staff.hasAny(DESK) && staff.worksAt(request.clinicId());
    }

    private static boolean isTherapistOf(StaffMember staff, IntakeRequest request) {
        return staff.has(StaffRole.THERAPIST) && staff.therapistId() != null
                && Objects.equals(staff.therapistId(), request.therapistId());
    }

    private static NotFoundException notFound(IntakeRequest request) {
        return new NotFoundException("intake request", request.appointmentId());
    }
}
