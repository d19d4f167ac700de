package com.stillpoint.contracts.booking;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.Topics;

import java.util.List;

/** The events booking-service publishes. */
public final class BookingEventTypes {

    public static final EventType APPOINTMENT_BOOKED =
            new EventType("appointment.booked", 1, Topics.APPOINTMENTS, AppointmentBooked.class);
    public static final EventType APPOINTMENT_CANCELLED =
            new EventType("appointment.cancelled", 1, Topics.APPOINTMENTS, AppointmentCancelled.class);
    public static final EventType CLIENT_PROFILE_CHANGED =
            new EventType("client.profile-changed", 1, Topics.CLIENTS, ClientProfileChanged.class);
    public static final EventType CLINIC_CHANGED =
            new EventType("clinic.changed", 1, Topics.REFERENCE, ClinicChanged.class);

    public static final List<EventType> ALL =
            List.of(APPOINTMENT_BOOKED, APPOINTMENT_CANCELLED, CLIENT_PROFILE_CHANGED, CLINIC_CHANGED);

    private BookingEventTypes() {
    }
}
