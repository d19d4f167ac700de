package com.stillpoint.booking.appointments;

import java.time.Instant;

/** How an appointment was cancelled. {@code late} is decided once, by the clinic's policy at that moment. */
public record Cancellation(Instant at, CancelledBy by, boolean late, String reason) {
}
