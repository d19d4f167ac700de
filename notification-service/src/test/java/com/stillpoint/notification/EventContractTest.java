package com.stillpoint.notification;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.booking.BookingEventTypes;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.contracts.notification.NotificationEventTypes;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.platform.contracts.EventContracts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

import java.util.List;

/** notification-service's side of the contracts it consumes and produces, against the shared fixtures. */
class EventContractTest extends NotificationIntegrationTest {

    static final List<EventType> CONSUMED = List.of(BookingEventTypes.APPOINTMENT_BOOKED,
            BookingEventTypes.APPOINTMENT_RESCHEDULED, BookingEventTypes.APPOINTMENT_CANCELLED,
            BookingEventTypes.APPOINTMENT_COMPLETED, BookingEventTypes.APPOINTMENT_NO_SHOW,
            BookingEventTypes.CLIENT_PROFILE_CHANGED, BookingEventTypes.CLINIC_CHANGED,
            BookingEventTypes.WAITLIST_OFFER_MADE, IntakeEventTypes.INTAKE_REQUESTED,
            IntakeEventTypes.INTAKE_STATUS_CHANGED, IntakeEventTypes.SURVEY_REQUESTED);

    @Autowired
    ConsumerFactory<Object, Object> consumers;

    @ParameterizedTest
    @FieldSource("CONSUMED")
    void whatItConsumesIsReadFromTheFixture(EventType type) {
        EventContracts.readAsConsumer(consumers, type);
    }

    @Test
    void whatItPublishesSerialisesToTheFixture() {
        EventContracts.assertSerialisesToFixture(NotificationEventTypes.CLIENT_REPLIED, eventJson);
    }
}
