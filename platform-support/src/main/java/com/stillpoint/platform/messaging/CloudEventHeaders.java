package com.stillpoint.platform.messaging;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * CloudEvents attributes in Kafka's binary content mode: one {@code ce_}-prefixed header each. {@code chainid} and
 * {@code schemaversion} are Stillpoint extension attributes.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CHAIN_ID = "ce_chainid";
    public static final String SCHEMA_VERSION = "ce_schemaversion";
    public static final String CONTENT_TYPE = "content-type";

    public static final String CLOUD_EVENTS_VERSION = "1.0";

    private CloudEventHeaders() {
    }

    public static Optional<String> read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    public static void write(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
