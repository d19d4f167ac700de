package com.stillpoint.platform.messaging;

import com.stillpoint.contracts.EventCatalog;
import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.IntegrationEvent;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * The wire format of events: JSON with ISO-8601 times, read by the logical type in the {@code ce_type} header.
 *
 * <p>It has its own mapper, so tuning the REST API's JSON can never change the event contract. Unknown fields are
 * ignored, which is what lets a producer add fields before its consumers know them.
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    public JsonMapper mapper() {
        return mapper;
    }

    public String write(IntegrationEvent event) {
        return mapper.writeValueAsString(event);
    }

    public <T extends IntegrationEvent> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    /**
     * The Java type of a record, from its {@code ce_type} header. A type this build does not know (a newer
     * producer) becomes a plain {@link JsonNode}, which listeners skip; a record without the header is poison.
     */
    public JavaType javaTypeOf(byte[] data, Headers headers) {
        Header type = headers.lastHeader(CloudEventHeaders.TYPE);
        if (type == null) {
            throw new IllegalArgumentException("Record has no " + CloudEventHeaders.TYPE + " header");
        }
        String wireName = new String(type.value(), StandardCharsets.UTF_8);
        return mapper.constructType(EventCatalog.byWireName(wireName)
                .<Class<?>>map(EventType::javaType)
                .orElse(JsonNode.class));
    }
}
