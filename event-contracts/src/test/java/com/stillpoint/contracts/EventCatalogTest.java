package com.stillpoint.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogTest {

    static final List<EventType> TYPES = EventCatalog.ALL;

    @Test
    void wireNamesAreUniqueAndVersioned() {
        assertThat(TYPES).extracting(EventType::wireName).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z]+(\\.[a-z-]+)+\\.v[0-9]+"));
    }

    @Test
    void everyEventIsOnAKnownTopic() {
        assertThat(TYPES).extracting(EventType::topic).allMatch(Topics.ALL::contains);
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void fixtureNamesEveryFieldOfTheRecord(EventType type) throws IOException {
        String fixture = read(type.fixturePath());

        List<String> components = Arrays.stream(type.javaType().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        assertThat(components).allSatisfy(name -> assertThat(fixture).contains("\"" + name + "\":"));
    }

    @Test
    void lookupWorksBothWays() {
        EventType booked = EventCatalog.byWireName("appointment.booked.v1").orElseThrow();
        assertThat(EventCatalog.of(booked.javaType())).isEqualTo(booked);
        assertThat(EventCatalog.byWireName("com.stillpoint.contracts.booking.AppointmentBooked")).isEmpty();
    }

    private static String read(String path) throws IOException {
        try (InputStream in = EventCatalogTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("fixture " + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
