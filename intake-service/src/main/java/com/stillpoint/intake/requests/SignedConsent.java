package com.stillpoint.intake.requests;

import java.time.Instant;

/** A client's latest consent signature, as their standing refers to it. */
public record SignedConsent(String signatureId, int version, String contentHash, Instant signedAt) {
}
