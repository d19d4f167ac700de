package com.stillpoint.booking.plans;

/** @param replayed whether this answers a retry of a plan already booked with the same idempotency key */
public record PlanOutcome(TreatmentPlan plan, boolean replayed) {
}
