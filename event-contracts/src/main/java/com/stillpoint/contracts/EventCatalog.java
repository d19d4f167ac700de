package com.stillpoint.contracts;

import com.stillpoint.contracts.booking.BookingEventTypes;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.contracts.notification.NotificationEventTypes;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every event type of the platform, looked up by wire name (consuming) or by record class (producing). */
public final class EventCatalog {

    public static final List<EventType> ALL = Stream.of(BookingEventTypes.ALL, IntakeEventTypes.ALL, NotificationEventTypes.ALL)
            .flatMap(List::stream)
            .toList();

    private EventCatalog() {
    }

    public static Optional<EventType> byWireName(String wireName) {
        return ALL.stream().filter(type -> type.wireName().equals(wireName)).findFirst();
    }

    public static EventType of(Class<? extends IntegrationEvent> javaType) {
        return ALL.stream()
                .filter(type -> type.javaType().equals(javaType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(javaType.getName() + " is not in the event catalogue"));
    }
}
