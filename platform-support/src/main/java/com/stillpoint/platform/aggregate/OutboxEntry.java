package com.stillpoint.platform.aggregate;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * An event waiting inside its aggregate's document to be published. It holds the already-serialised payload, so
 * the relay needs no knowledge of event classes.
 */
record OutboxEntry(String eventId, String type, String topic, String key, String chainId, Instant occurredAt,
                   String payload, String correlationId) {

    Document toDocument() {
        return new Document("eventId", eventId)
                .append("type", type)
                .append("topic", topic)
                .append("key", key)
                .append("chainId", chainId)
                .append("occurredAt", Date.from(occurredAt))
                .append("payload", payload)
                .append("correlationId", correlationId);
    }

    static OutboxEntry fromDocument(Document document) {
        return new OutboxEntry(
                document.getString("eventId"),
                document.getString("type"),
                document.getString("topic"),
                document.getString("key"),
                document.getString("chainId"),
                document.getDate("occurredAt").toInstant(),
                document.getString("payload"),
                document.getString("correlationId"));
    }
}
