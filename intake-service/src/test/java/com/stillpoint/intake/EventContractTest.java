package com.stillpoint.intake;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.booking.BookingEventTypes;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.platform.contracts.EventContracts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

import java.util.List;

/** Both sides of intake-service's contracts, against the shared fixtures. */
class EventContractTest extends IntakeServiceTest {

    static final List<EventType> PRODUCED = IntakeEventTypes.ALL;
    static final List<EventType> CONSUMED = List.of(BookingEventTypes.APPOINTMENT_BOOKED,
            BookingEventTypes.APPOINTMENT_CANCELLED, BookingEventTypes.APPOINTMENT_RESCHEDULED,
            BookingEventTypes.APPOINTMENT_COMPLETED, BookingEventTypes.CLIENT_PROFILE_CHANGED,
            BookingEventTypes.CLINIC_CHANGED);

    @Autowired
    ConsumerFactory<Object, Object> consumers;

    @ParameterizedTest
    @FieldSource("PRODUCED")
    void whatItPublishesMatchesTheFixture(EventType type) {
        EventContracts.assertSerialisesToFixture(type, eventJson);
    }

    @ParameterizedTest
    @FieldSource("CONSUMED")
    void whatItConsumesIsReadFromTheFixture(EventType type) {
        EventContracts.readAsConsumer(consumers, type);
    }
}
