package com.stillpoint.booking.appointments;

import com.stillpoint.booking.catalogue.ServiceOffering;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.booking.therapists.Therapist;

import java.util.List;

/**
 * A placement worked out for a request, with what it was worked out from.
 *
 * @param rooms the rooms that may hold the session, in the order they are tried; the placement names the first
 */
public record PlannedPlacement(Clinic clinic, ServiceOffering service, Therapist therapist, Placement placement,
                               List<Room> rooms) {
}
