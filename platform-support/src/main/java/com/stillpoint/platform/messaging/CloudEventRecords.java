package com.stillpoint.platform.messaging;

import com.stillpoint.contracts.EventCatalog;
import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.platform.correlation.CorrelationId;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Kafka records in CloudEvents binary mode: the JSON payload as value, the envelope as {@code ce_} headers. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /**
     * @param wireType    the logical type, e.g. {@code appointment.booked.v1}
     * @param payloadJson the event as {@link EventJson} wrote it
     * @param source      the producing service, e.g. {@code /stillpoint/booking-service}
     */
    public static ProducerRecord<Object, Object> of(String topic, String key, String eventId, String wireType,
                                                    Instant occurredAt, String chainId, String payloadJson,
                                                    String source, String correlationId) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>(topic, null, occurredAt.toEpochMilli(), key,
                payloadJson.getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        CloudEventHeaders.write(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.CLOUD_EVENTS_VERSION);
        CloudEventHeaders.write(headers, CloudEventHeaders.ID, eventId);
        CloudEventHeaders.write(headers, CloudEventHeaders.TYPE, wireType);
        CloudEventHeaders.write(headers, CloudEventHeaders.SOURCE, source);
        CloudEventHeaders.write(headers, CloudEventHeaders.TIME, occurredAt.toString());
        CloudEventHeaders.write(headers, CloudEventHeaders.SUBJECT, key);
        CloudEventHeaders.write(headers, CloudEventHeaders.CHAIN_ID, chainId);
        CloudEventHeaders.write(headers, CloudEventHeaders.SCHEMA_VERSION,
                wireType.substring(wireType.lastIndexOf(".v") + 2));
        CloudEventHeaders.write(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        CloudEventHeaders.write(headers, CorrelationId.KAFKA_HEADER, correlationId);
        return record;
    }

    /** The record for an event, as its producer's outbox relay would send it. */
    public static ProducerRecord<Object, Object> of(IntegrationEvent event, EventJson json, String source) {
        EventType type = EventCatalog.of(event.getClass());
        return of(type.topic().name(), event.subject(), event.eventId().toString(), type.wireName(),
                event.occurredAt(), event.chainId(), json.write(event), source, CorrelationId.current().orElse(null));
    }
}
