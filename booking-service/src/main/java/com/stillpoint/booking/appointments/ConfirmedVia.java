package com.stillpoint.booking.appointments;

/** How a client confirmed; the names are the contract's {@code confirmedVia} values. */
public enum ConfirmedVia {
    SMS_REPLY,
    LINK,
    FRONT_DESK
}
