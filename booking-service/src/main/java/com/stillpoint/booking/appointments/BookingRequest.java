package com.stillpoint.booking.appointments;

import java.time.LocalDateTime;

/**
 * What a client or the front desk asks for.
 *
 * @param roomId optional: without it, any free room of the type the service needs is taken
 * @param start  the session's start on the clinic's wall clock
 */
public record BookingRequest(String clientId, String clinicId, String serviceId, String therapistId, String roomId,
                             LocalDateTime start) {

    /** The request in one canonical line, so a retried request can be recognised as the same one. */
    String canonical() {
        return String.join("|", clientId, clinicId, serviceId, therapistId, String.valueOf(roomId), start.toString());
    }
}
