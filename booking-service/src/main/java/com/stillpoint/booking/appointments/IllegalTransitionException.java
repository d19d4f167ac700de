package com.stillpoint.booking.appointments;

import com.stillpoint.platform.problem.ConflictException;

/** The appointment's current status does not allow the requested change. */
class IllegalTransitionException extends ConflictException {

    IllegalTransitionException(String action, AppointmentStatus status) {
        super("illegal-transition", "An appointment that is " + status.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " cannot be " + action + ".");
    }
}
