package com.stillpoint.notification.admin;

import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.security.StaffMember;
import org.springframework.stereotype.Component;

/** Object-level access: a clinic admin reaches only their clinics; anything out of reach does not exist. */
@Component
class ClinicAccess {

    private final ClinicDirectory clinics;

    ClinicAccess(ClinicDirectory clinics) {
        this.clinics = clinics;
    }

    /** @throws NotFoundException if the clinic is not the caller's chain's, or not one they work at */
    void requireClinic(String clinicId) {
        if (clinics.find(clinicId).isEmpty() || !canSee(clinicId)) {
            throw new NotFoundException("clinic", clinicId);
        }
    }

    boolean canSee(String clinicId) {
        return StaffMember.require().worksAt(clinicId);
    }
}
