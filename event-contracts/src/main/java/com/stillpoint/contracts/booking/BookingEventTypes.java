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
    public static final EventType APPOINTMENT_RESCHEDULED =
            new EventType("appointment.rescheduled", 1, Topics.APPOINTMENTS, AppointmentRescheduled.class);
    public static final EventType APPOINTMENT_CONFIRMED =
            new EventType("appointment.confirmed", 1, Topics.APPOINTMENTS, AppointmentConfirmed.class);
    public static final EventType APPOINTMENT_CHECKED_IN =
            new EventType("appointment.checked-in", 1, Topics.APPOINTMENTS, AppointmentCheckedIn.class);
    public static final EventType APPOINTMENT_COMPLETED =
            new EventType("appointment.completed", 1, Topics.APPOINTMENTS, AppointmentCompleted.class);
    public static final EventType APPOINTMENT_NO_SHOW =
            new EventType("appointment.no-show", 1, Topics.APPOINTMENTS, AppointmentNoShow.class);
    public static final EventType CLIENT_PROFILE_CHANGED =
            new EventType("client.profile-changed", 1, Topics.CLIENTS, ClientProfileChanged.class);
    public static final EventType CLINIC_CHANGED =
            new EventType("clinic.changed", 1, Topics.REFERENCE, ClinicChanged.class);

    public static final EventType THERAPIST_CHANGED =
            new EventType("therapist.changed", 1, Topics.REFERENCE, TherapistChanged.class);
    public static final EventType WAITLIST_OFFER_MADE =
            new EventType("waitlist.offer-made", 1, Topics.WAITLIST, WaitlistOfferMade.class);

    public static final List<EventType> ALL = List.of(APPOINTMENT_BOOKED, APPOINTMENT_CANCELLED,
            APPOINTMENT_RESCHEDULED, APPOINTMENT_CONFIRMED, APPOINTMENT_CHECKED_IN, APPOINTMENT_COMPLETED,
            APPOINTMENT_NO_SHOW, CLIENT_PROFILE_CHANGED, CLINIC_CHANGED, THERAPIST_CHANGED, WAITLIST_OFFER_MADE);

    private BookingEventTypes() {
    }
}
