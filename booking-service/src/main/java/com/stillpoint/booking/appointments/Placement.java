package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.Interval;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Where and when a session takes place, with whom.
 *
 * @param session the time the client is with the therapist
 * @param blocked the session plus the service's buffers: the time the therapist and the room are claimed
 */
public record Placement(String clinicId, ZoneId clinicZone, String therapistId, String roomId, Interval session,
                        Interval blocked) {

    public Instant startsAt() {
        return session.start();
    }

    public Instant endsAt() {
        return session.end();
    }

    Placement inRoom(String otherRoomId) {
        return new Placement(clinicId, clinicZone, therapistId, otherRoomId, session, blocked);
    }
}
