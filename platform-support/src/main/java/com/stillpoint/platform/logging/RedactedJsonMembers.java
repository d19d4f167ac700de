package com.stillpoint.platform.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Structured (JSON) log lines get the same {@link Redaction} as plain ones: every text value of the line (the
 * message, the stack trace, the MDC) passes through it. Named by {@code logging.structured.json.customizer}.
 */
public class RedactedJsonMembers implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, Redaction::redact));
    }
}
