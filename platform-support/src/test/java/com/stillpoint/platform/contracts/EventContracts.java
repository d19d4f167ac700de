package com.stillpoint.platform.contracts;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.platform.messaging.EventJson;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract checks against the shared JSON fixtures of event-contracts, used by producers and consumers alike
 * (shipped to the services' tests as this module's test jar).
 */
public final class EventContracts {

    private EventContracts() {
    }

    public static String fixture(EventType type) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(type.fixturePath())) {
            assertThat(in).as("fixture of " + type.wireName()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Producer side: the event serialises to exactly the fixture, field for field and format for format. */
    public static void assertSerialisesToFixture(EventType type, EventJson json) {
        IntegrationEvent event = json.read(fixture(type), type.javaType());
        assertThat(tree(json, json.write(event))).isEqualTo(tree(json, fixture(type)));
    }

    /** Producer side: an event the domain really produced has the fixture's fields, no more and no fewer. */
    public static void assertHasFixtureShape(IntegrationEvent produced, EventType type, EventJson json) {
        assertThat(fieldNames(tree(json, json.write(produced)))).isEqualTo(fieldNames(tree(json, fixture(type))));
    }

    /** Consumer side: the service's own configured Kafka deserializer reads the fixture as the event type. */
    public static IntegrationEvent readAsConsumer(ConsumerFactory<?, ?> consumers, EventType type) {
        Deserializer<?> values = consumers.getValueDeserializer();
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, CloudEventHeaders.TYPE, type.wireName());
        Object value = values.deserialize(type.topic().name(), headers, fixture(type).getBytes(StandardCharsets.UTF_8));
        assertThat(value).isInstanceOf(type.javaType());
        return (IntegrationEvent) value;
    }

    private static JsonNode tree(EventJson json, String text) {
        return json.mapper().readTree(text);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
