package com.stillpoint.booking.appointments;

import java.time.Instant;

/** The client said they will come. */
public record Confirmation(Instant at, ConfirmedVia via) {
}
