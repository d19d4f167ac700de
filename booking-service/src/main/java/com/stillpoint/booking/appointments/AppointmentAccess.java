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
class AppointmentAccess {

    private static final Set<StaffRole> DESK = EnumSet.of(StaffRole.FRONT_DESK, StaffRole.CLINIC_ADMIN,
            StaffRole.CHAIN_ADMIN);

    void requireDeskAt(String clinicId) {
        StaffMember staff = StaffMember.require();
        if (!(staff.hasAny(DESK) && staff.worksAt(clinicId))) {
            throw new NotFoundException("clinic", clinicId);
        }
    }

    Appointment requireVisible(Appointment appointment) {
        if (!canSee(StaffMember.require(), appointment.placement())) {
            throw new NotFoundException("appointment", appointment.id());
        }
        return appointment;
    }

    private static boolean canSee(StaffMember staff, Placement placement) {
        if (staff.hasAny(DESK) && staff.worksAt(placement.clinicId())) {
            return true;
        }
        return staff.has(StaffRole.THERAPIST) && placement.therapistId().equals(staff.therapistId());
    }
}
