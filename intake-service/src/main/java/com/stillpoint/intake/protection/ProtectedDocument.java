package com.stillpoint.intake.protection;

/**
 * A stored document holding a client's health data. Its collection and id (with the chain and the field) are bound
 * into every ciphertext it holds, so a ciphertext copied into another document, or another field, fails to open.
 *
 * @param clientId whose data it is, for the audit trail
 */
public record ProtectedDocument(String collection, String documentId, String clientId) {
}
