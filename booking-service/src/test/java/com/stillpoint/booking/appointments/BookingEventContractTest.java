package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.clients.Client;
import com.stillpoint.booking.clients.ContactDetails;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.ClinicDetails;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.booking.clinics.RoomType;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.contracts.booking.BookingEventTypes;
import com.stillpoint.platform.contracts.EventContracts;
import com.stillpoint.platform.messaging.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** booking-service is the producer of these events: what it writes must match the shared fixtures. */
class BookingEventContractTest {

    static final List<EventType> PRODUCED = BookingEventTypes.ALL;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T17:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");

    private final EventJson json = new EventJson();

    @ParameterizedTest
    @FieldSource("PRODUCED")
    void eachEventSerialisesToItsFixture(EventType type) {
        EventContracts.assertSerialisesToFixture(type, json);
    }

    @Test
    void theEventsTheDomainRaisesHaveTheFixturesFields() {
        Instant start = Instant.parse("2026-11-26T18:00:00Z");
        Interval session = new Interval(start, start.plus(Duration.ofHours(1)));
        Appointment appointment = Appointment.request("appt-1", "harbour", "client-ada", "harbour-swedish-60",
                Skill.SWEDISH, new Placement("harbour-kitsilano", VANCOUVER, "harbour-maya", "harbour-kits-1", session,
                        session.widen(Duration.ofMinutes(5), Duration.ofMinutes(10))),
                IdempotencyKey.of("key-12345678", "request"), CLOCK);
        appointment.confirm("harbour-kits-1", CLOCK);
        assertShape(appointment.pendingEvents().get(0), BookingEventTypes.APPOINTMENT_BOOKED);
        appointment.cancel(CancelledBy.CLIENT, "sick", Duration.ofHours(24), CLOCK);
        assertShape(appointment.pendingEvents().get(1), BookingEventTypes.APPOINTMENT_CANCELLED);

        Client client = Client.register("client-ada", "harbour", new ContactDetails("Ada", "Lovelace",
                "ada@example.test", "+16045550101", Locale.CANADA, VANCOUVER, Set.of(Channel.EMAIL), Channel.EMAIL), CLOCK);
        assertShape(client.pendingEvents().get(0), BookingEventTypes.CLIENT_PROFILE_CHANGED);

        Clinic clinic = Clinic.open("harbour-kitsilano", "harbour", new ClinicDetails("Stillpoint Kitsilano", VANCOUVER,
                "2150 W 4th Ave", "+16045550100", List.of(new Room("r1", "Cedar", RoomType.TABLE)), Duration.ofHours(24)),
                CLOCK);
        assertShape(clinic.pendingEvents().get(0), BookingEventTypes.CLINIC_CHANGED);
    }

    private void assertShape(IntegrationEvent event, EventType type) {
        EventContracts.assertHasFixtureShape(event, type, json);
    }
}
