package com.stillpoint.booking;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.booking.BookingEventTypes;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.contracts.notification.NotificationEventTypes;
import com.stillpoint.platform.contracts.EventContracts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

import java.util.List;

/** booking-service consumes these events: its own Kafka deserializer reads each shared fixture as its type. */
class ConsumedEventContractTest extends BookingServiceTest {

    static final List<EventType> CONSUMED = List.of(IntakeEventTypes.INTAKE_STATUS_CHANGED,
            IntakeEventTypes.ESCALATION_RAISED, NotificationEventTypes.CLIENT_REPLIED,
            BookingEventTypes.APPOINTMENT_CANCELLED, BookingEventTypes.APPOINTMENT_RESCHEDULED,
            BookingEventTypes.APPOINTMENT_COMPLETED);

    @Autowired
    ConsumerFactory<?, ?> consumers;

    @ParameterizedTest
    @FieldSource("CONSUMED")
    void eachConsumedEventIsReadFromItsFixture(EventType type) {
        EventContracts.readAsConsumer(consumers, type);
    }
}
