package com.stillpoint.booking.appointments;

/** Who called an appointment off; only a client's late cancellation counts against the policy. */
public enum CancelledBy {
    CLIENT,
    CLINIC
}
