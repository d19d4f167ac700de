package com.stillpoint.booking.appointments;

import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.security.StaffRole;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which appointments a staff member may see or change: the desk and admins at the clinics they work at, a
 * therapist their own sessions. Outside their reach an appointment does not exist for them (404), so ids cannot
 * be probed.
 */
@Component
public class AppointmentAccess {

    private static final Set<StaffRole> DESK = EnumSet.of(StaffRole.FRONT_DESK, StaffRole.CLINIC_ADMIN,
            StaffRole.CHAIN_ADMIN);

    public void requireDeskAt(String clinicId) {
        if (!isDeskAt(StaffMember.require(), clinicId)) {
            throw new NotFoundException("clinic", clinicId);
        }
    }

    /** Seen by the desk at its clinic, or by its own therapist. */
    public Appointment requireVisible(Appointment appointment) {
        StaffMember staff = StaffMember.require();
        if (!(isDeskAt(staff, appointment.placement().clinicId()) || isTheirTherapist(staff, appointment))) {
            throw new NotFoundException("appointment", appointment.id());
        }
        return appointment;
    }

    /** Whether the caller is the desk at the appointment's clinic. */
    boolean isDeskFor(Appointment appointment) {
        return isDeskAt(StaffMember.require(), appointment.placement().clinicId());
    }

    /** Changed only by the desk at its clinic; to anyone else it does not exist. */
    public Appointment requireDeskFor(Appointment appointment) {
        if (!isDeskFor(appointment)) {
            throw new NotFoundException("appointment", appointment.id());
        }
        return appointment;
    }

    private static boolean isDeskAt(StaffMember staff, String clinicId) {
        return staff.hasAny(DESK) && staff.worksAt(clinicId);
    }

    private static boolean isTheirTherapist(StaffMember staff, Appointment appointment) {
        return staff.has(StaffRole.THERAPIST) && appointment.placement().therapistId().equals(staff.therapistId());
    }
}
