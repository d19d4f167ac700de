package com.stillpoint.notification;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.booking.BookingEventTypes;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.platform.contracts.EventContracts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ConsumerFactory;

import java.util.List;

/** notification-service's side of the contracts it consumes, against the shared fixtures. */
@SpringBootTest(classes = NotificationApplication.class)
class EventContractTest {

    static final List<EventType> CONSUMED = List.of(BookingEventTypes.APPOINTMENT_BOOKED,
            BookingEventTypes.APPOINTMENT_CANCELLED, BookingEventTypes.CLIENT_PROFILE_CHANGED,
            BookingEventTypes.CLINIC_CHANGED, IntakeEventTypes.INTAKE_REQUESTED);

    @Autowired
    ConsumerFactory<Object, Object> consumers;

    @ParameterizedTest
    @FieldSource("CONSUMED")
    void whatItConsumesIsReadFromTheFixture(EventType type) {
        EventContracts.readAsConsumer(consumers, type);
    }
}
