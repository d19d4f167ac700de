package com.stillpoint.intake.figures;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.ClientBrowser;
import com.stillpoint.intake.support.IntakeForms;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.intake.support.Staff;
import com.stillpoint.intake.support.StaffApi;
import com.stillpoint.intake.support.Surveys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intake and survey figures the admin console shows, computed from real intakes and surveys: sessions whose
 * client completed intake and consent before them, and follow-up surveys answered among those sent.
 */
class DashboardFiguresTest extends IntakeServiceTest {

    private static final String INTAKE = "intake-before-session";
    private static final String SURVEYS = "survey-response-rate";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sessionsWithIntakeDoneBeforehandAreCountedPerClinic() {
        Instant start = Bookings.inDays(47);
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        List<Long> before = figure(Staff.CHAIN_ADMIN, day, INTAKE);

        AppointmentBooked waiting = Bookings.booked(Bookings.newClientId(), start);
        publish(waiting);
        awaitStatus(waiting.appointmentId(), IntakeReadiness.PENDING);
        completeIntake(Bookings.booked(Bookings.newClientId(), start.plus(Duration.ofHours(1))), IntakeForms.clean());

        assertThat(difference(before, figure(Staff.CHAIN_ADMIN, day, INTAKE))).containsExactly(1L, 2L);
        assertThat(figure(Staff.CLINIC_ADMIN, day, INTAKE)).isNotEqualTo(List.of(0L, 0L));
        assertThat(clinics(Staff.OTHER_CHAIN_ADMIN, day)).isEmpty();
    }

    @Test
    void aClinicIsNamedAsTheBookingServiceAnnouncedIt() {
        Instant start = Bookings.inDays(48);
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        publish(Bookings.kitsilano());
        publish(Bookings.booked(Bookings.newClientId(), start));

        await().untilAsserted(() -> assertThat(clinics(Staff.CHAIN_ADMIN, day)).anySatisfy(clinic ->
                assertThat(List.of(((Map<?, ?>) clinic).get("clinicId"), ((Map<?, ?>) clinic).get("clinicName")))
                        .containsExactly(Bookings.CLINIC, "Stillpoint Kitsilano")));
    }

    @Test
    void answeredSurveysAreCountedAmongThoseSent() {
        Instant start = Bookings.inDays(-47);
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        List<Long> before = figure(Staff.CHAIN_ADMIN, day, SURVEYS);

        AppointmentBooked answered = Bookings.booked(Bookings.newClientId(), start);
        AppointmentBooked unanswered = Bookings.booked(Bookings.newClientId(), start.plus(Duration.ofHours(1)));
        for (AppointmentBooked session : List.of(answered, unanswered)) {
            publish(session);
            publish(Bookings.completed(session));
        }
        ClientBrowser client = newClientBrowser();
        client.openLink(surveyLinkOf(awaitSurveyRequested(answered.appointmentId())));
        Surveys.answer(client, Surveys.session(5, 4, 3), Surveys.items(Surveys.phq9Totalling(4)));
        awaitSurveyRequested(unanswered.appointmentId());

        assertThat(difference(before, figure(Staff.CHAIN_ADMIN, day, SURVEYS))).containsExactly(1L, 2L);
    }

    /** The test clinic's count and total of a figure on a day. */
    private List<Long> figure(Staff caller, LocalDate day, String name) {
        for (Object clinic : clinics(caller, day)) {
            Map<?, ?> figures = (Map<?, ?>) ((Map<?, ?>) clinic).get("figures");
            if (Bookings.CLINIC.equals(((Map<?, ?>) clinic).get("clinicId")) && figures.containsKey(name)) {
                Map<?, ?> share = (Map<?, ?>) figures.get(name);
                return List.of(((Number) share.get("count")).longValue(), ((Number) share.get("of")).longValue());
            }
        }
        return List.of(0L, 0L);
    }

    private List<?> clinics(Staff caller, LocalDate day) {
        HttpResponse<String> response = new StaffApi(base()).get("/api/figures?from=" + day + "&to=" + day, caller);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (List<?>) json.readValue(response.body(), Map.class).get("clinics");
    }

    private static List<Long> difference(List<Long> before, List<Long> after) {
        return List.of(after.get(0) - before.get(0), after.get(1) - before.get(1));
    }
}
