package com.stillpoint.booking.appointments;

import com.stillpoint.platform.crypto.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A client's key for one booking attempt, and a fingerprint of what was asked. A retry with the same key and
 * the same request gets the same appointment; the same key with a different request is refused.
 */
record IdempotencyKey(String value, String fingerprint) {

    static IdempotencyKey of(String value, String canonicalRequest) {
        return new IdempotencyKey(value, Sha256.hex(canonicalRequest));
    }

    /** The appointment id for this key in this chain: a retry lands on the same document. */
    String appointmentIdIn(String chainId) {
        return UUID.nameUUIDFromBytes((chainId + "\n" + value).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
