package com.stillpoint.contracts.booking;

import com.stillpoint.contracts.IntegrationEvent;

/**
 * An event in an appointment's life. The version grows with every change, so a consumer can tell a stale
 * event, or a message scheduled for an older version, from the current one.
 */
public interface AppointmentEvent extends IntegrationEvent {

    String appointmentId();

    long appointmentVersion();

    @Override
    default String subject() {
        return appointmentId();
    }
}
