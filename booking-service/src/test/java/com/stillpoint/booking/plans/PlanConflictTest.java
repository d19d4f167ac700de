package com.stillpoint.booking.plans;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.stillpoint.booking.StaffApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Every session of a plan is checked, not just the first few: a conflict on the fifth refuses the whole plan with
 * the taken date and alternatives for it, and nothing stays booked; accepting the alternatives books all of it.
 */
class PlanConflictTest extends BookingServiceTest {

    @Autowired
    MongoOperations mongo;

    StaffApi desk;

    @BeforeEach
    void signIn() {
        desk = new StaffApi(restClient(), StaffTokens.frontDesk());
    }

    @Test
    void aConflictOnTheFifthSessionRefusesTheWholePlanWithAlternativesAndBooksNothing() {
        // Mondays: Maya works at Kitsilano 09:00-17:00.
        LocalDate first = TestCalendar.firstOnOrAfter(DayOfWeek.MONDAY, 100);
        LocalDate fifth = first.plusWeeks(4);
        book(fifth.atTime(9, 30));

        RestTestClient.ResponseSpec refused = desk.create("/api/treatment-plans", plan(first, false));

        assertProblem(refused, HttpStatus.CONFLICT, "plan-conflict");
        Map<?, ?> problem = refused.returnResult(Map.class).getResponseBody();
        List<?> conflicts = (List<?>) problem.get("conflicts");
        assertThat(conflicts).hasSize(1);
        Map<?, ?> conflict = (Map<?, ?>) conflicts.get(0);
        assertThat(conflict.get("session")).isEqualTo(5);
        assertThat(LocalDateTime.parse((String) conflict.get("wished"))).isEqualTo(fifth.atTime(10, 0));
        List<?> alternatives = (List<?>) conflict.get("alternatives");
        assertThat(alternatives).isNotEmpty();
        Map<?, ?> closest = (Map<?, ?>) alternatives.get(0);
        assertThat(closest.get("therapistId")).as("the same therapist first").isEqualTo("harbour-maya");
        assertThat(LocalDateTime.parse((String) closest.get("start"))).isEqualTo(fifth.atTime(10, 45));

        assertThat(bookedSessionsOnMondaysFrom(first)).as("nothing of the plan is booked").isEmpty();
        for (int week = 0; week < 6; week++) {
            if (week != 4) {
                // Each of the other sessions' times is free again.
                desk.expect(desk.create("/api/appointments", appointment(first.plusWeeks(week).atTime(10, 0))),
                        HttpStatus.CREATED);
            }
        }
    }

    @Test
    void acceptingTheAlternativesBooksEverySessionWithTheClosestFreeTime() {
        LocalDate first = TestCalendar.firstOnOrAfter(DayOfWeek.MONDAY, 150);
        LocalDate third = first.plusWeeks(2);
        book(third.atTime(9, 30));

        Map<?, ?> plan = desk.expect(desk.create("/api/treatment-plans", plan(first, true)), HttpStatus.CREATED);

        assertThat(plan.get("status")).isEqualTo("BOOKED");
        List<?> sessions = (List<?>) plan.get("sessions");
        assertThat(sessions).hasSize(6).allMatch(session -> "BOOKED".equals(((Map<?, ?>) session).get("status")));
        Map<?, ?> substituted = (Map<?, ?>) sessions.get(2);
        assertThat(substituted.get("alternative")).isEqualTo(true);
        assertThat(LocalDateTime.parse((String) substituted.get("start"))).isEqualTo(third.atTime(10, 45));
        assertThat(((Map<?, ?>) plan.get("progress")).get("upcoming")).isEqualTo(6);

        Map<?, ?> cancelled = desk.expect(desk.call(HttpMethod.POST, "/api/treatment-plans/{id}/cancellation",
                Map.of("from", first.plusWeeks(4).toString(), "cancelledBy", "CLIENT"), plan.get("id")), HttpStatus.OK);
        assertThat(((Map<?, ?>) cancelled.get("progress")).get("upcoming")).isEqualTo(4);
        assertThat(((Map<?, ?>) cancelled.get("progress")).get("cancelled")).isEqualTo(2);
        desk.expect(desk.create("/api/appointments", appointment(first.plusWeeks(5).atTime(10, 0))), HttpStatus.CREATED);
    }

    private List<Document> bookedSessionsOnMondaysFrom(LocalDate first) {
        return mongo.find(new Query(where("chainId").is("harbour").and("treatmentPlanId").exists(true)
                .and("status").ne("ABANDONED").and("placement.therapistId").is("harbour-maya")
                .and("placement.session.start").gte(java.util.Date.from(first.atStartOfDay(TestCalendar.VANCOUVER)
                        .toInstant()))
                .lt(java.util.Date.from(first.plusWeeks(6).atStartOfDay(TestCalendar.VANCOUVER).toInstant()))),
                Document.class, "appointments");
    }

    private void book(LocalDateTime start) {
        desk.expect(desk.create("/api/appointments", appointment(start)), HttpStatus.CREATED);
    }

    private static Map<String, Object> appointment(LocalDateTime start) {
        return Map.of("clientId", "harbour-client-remy", "clinicId", "harbour-kitsilano",
                "serviceId", "harbour-swedish-60", "therapistId", "harbour-maya", "start", start.toString());
    }

    private static Map<String, Object> plan(LocalDate first, boolean acceptAlternatives) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("clientId", "harbour-client-ada");
        plan.put("clinicId", "harbour-kitsilano");
        plan.put("serviceId", "harbour-swedish-60");
        plan.put("therapistId", "harbour-maya");
        plan.put("firstDate", first.toString());
        plan.put("time", LocalTime.of(10, 0).toString());
        plan.put("cadence", "WEEKLY");
        plan.put("sessions", 6);
        plan.put("acceptAlternatives", acceptAlternatives);
        return plan;
    }
}
