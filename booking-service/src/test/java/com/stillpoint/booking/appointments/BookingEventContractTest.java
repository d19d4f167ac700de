package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.booking.clients.Client;
import com.stillpoint.booking.clients.ContactDetails;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.ClinicDetails;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.booking.clinics.RoomType;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.booking.therapists.Therapist;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** booking-service is the producer of these events: what it writes must match the shared fixtures. */
class BookingEventContractTest {

    static final List<EventType> PRODUCED = BookingEventTypes.ALL;
    private static final Instant START = Instant.parse("2026-11-26T18:00:00Z");
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");

    private final EventJson json = new EventJson();

    @ParameterizedTest
    @FieldSource("PRODUCED")
    void eachEventSerialisesToItsFixture(EventType type) {
        EventContracts.assertSerialisesToFixture(type, json);
    }

    @Test
    void theEventsOfAnAppointmentsLifeHaveTheFixturesFields() {
        Appointment appointment = Appointment.request("appt-1", "harbour", "client-ada", "harbour-swedish-60",
                Skill.SWEDISH, placement(START), IdempotencyKey.of("key-12345678", "request"), "plan-1",
                at(START.minus(Duration.ofDays(5))));
        appointment.confirm("harbour-kits-1", "sealed-link", at(START.minus(Duration.ofDays(5))));
        appointment.confirmAttendance(ConfirmedVia.SMS_REPLY, at(START.minus(Duration.ofDays(2))));
        appointment.beginMove(placement(START.plus(Duration.ofHours(2))), at(START.minus(Duration.ofDays(1))));
        appointment.commitMove("harbour-kits-2", "sealed-link-2", at(START.minus(Duration.ofDays(1))));
        appointment.checkIn(at(START.plus(Duration.ofMinutes(110))));
        appointment.complete(true, at(START.plus(Duration.ofHours(3))));

        List<IntegrationEvent> events = appointment.pendingEvents();
        assertShape(events.get(0), BookingEventTypes.APPOINTMENT_BOOKED);
        assertShape(events.get(1), BookingEventTypes.APPOINTMENT_CONFIRMED);
        assertShape(events.get(2), BookingEventTypes.APPOINTMENT_RESCHEDULED);
        assertShape(events.get(3), BookingEventTypes.APPOINTMENT_CHECKED_IN);
        assertShape(events.get(4), BookingEventTypes.APPOINTMENT_COMPLETED);
        assertThat(events).hasSize(5);

        Appointment missed = Appointment.request("appt-2", "harbour", "client-ada", "harbour-swedish-60",
                Skill.SWEDISH, placement(START), IdempotencyKey.of("key-87654321", "request"), null,
                at(START.minus(Duration.ofDays(5))));
        missed.confirm("harbour-kits-1", null, at(START.minus(Duration.ofDays(5))));
        missed.recordNoShow(at(START.plus(Duration.ofMinutes(20))));
        assertShape(missed.pendingEvents().get(1), BookingEventTypes.APPOINTMENT_NO_SHOW);

        Appointment cancelled = Appointment.request("appt-3", "harbour", "client-ada", "harbour-swedish-60",
                Skill.SWEDISH, placement(START), IdempotencyKey.of("key-11223344", "request"), null,
                at(START.minus(Duration.ofDays(5))));
        cancelled.confirm("harbour-kits-1", null, at(START.minus(Duration.ofDays(5))));
        cancelled.cancel(CancelledBy.CLIENT, "sick", Duration.ofHours(24), at(START.minus(Duration.ofHours(3))));
        assertShape(cancelled.pendingEvents().get(1), BookingEventTypes.APPOINTMENT_CANCELLED);
    }

    @Test
    void theReferenceEventsHaveTheFixturesFields() {
        Clock clock = at(START);
        Client client = Client.register("client-ada", "harbour", new ContactDetails("Ada", "Lovelace",
                "ada@example.test", "+16045550101", Locale.CANADA, VANCOUVER, Set.of(Channel.EMAIL, Channel.SMS),
                Channel.EMAIL, Map.of("REMINDER", Channel.SMS)), clock);
        assertShape(client.pendingEvents().get(0), BookingEventTypes.CLIENT_PROFILE_CHANGED);

        Clinic clinic = Clinic.open("harbour-kitsilano", "harbour", new ClinicDetails("Stillpoint Kitsilano", VANCOUVER,
                "2150 W 4th Ave", "+16045550100", List.of(new Room("r1", "Cedar", RoomType.TABLE)),
                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))), List.of(),
                Duration.ofHours(24), Duration.ofHours(2), Duration.ofDays(90)), clock);
        assertShape(clinic.pendingEvents().get(0), BookingEventTypes.CLINIC_CHANGED);

        Therapist therapist = Therapist.hire("harbour-maya", "harbour", "Maya Chen",
                EnumSet.of(Skill.SWEDISH, Skill.TRAUMA_INFORMED), clock);
        assertShape(therapist.pendingEvents().get(0), BookingEventTypes.THERAPIST_CHANGED);
    }

    private static Placement placement(Instant start) {
        Interval session = new Interval(start, start.plus(Duration.ofHours(1)));
        return new Placement("harbour-kitsilano", VANCOUVER, "harbour-maya", "harbour-kits-1", session,
                session.widen(Duration.ofMinutes(5), Duration.ofMinutes(10)));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private void assertShape(IntegrationEvent event, EventType type) {
        EventContracts.assertHasFixtureShape(event, type, json);
    }
}
