package com.stillpoint.booking.manage;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.testing.Browser;
import com.stillpoint.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client opens the link from their confirmation on a phone, in real headless Chromium, and moves their
 * appointment to another free time; the old link stops working, the appointment is moved. Cancelling shows the
 * clinic's late-cancel policy first.
 */
class ManageLinkPageTest extends BookingServiceTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    EventJson eventJson;
    @Autowired
    LinkSealer linkSealer;

    StaffApi desk;
    ChromeDriver phone;

    @BeforeEach
    void open() {
        desk = new StaffApi(restClient(), StaffTokens.frontDesk());
        phone = Browser.phone();
    }

    @AfterEach
    void close() {
        phone.quit();
    }

    @Test
    void aClientReschedulesThroughTheirManageLink() {
        // A Monday: Jonah works at Gastown 09:00-17:00.
        LocalDate day = TestCalendar.firstOnOrAfter(DayOfWeek.MONDAY, 8);
        String appointmentId = book(day.atTime(9, 0));
        URI link = manageLinkOf(appointmentId);

        phone.get(onTestServer(link));
        assertThat(phone.findElement(By.tagName("main")).getText()).contains("Stillpoint Gastown")
                .contains("9:00 a.m.").contains("Pacific Time");
        phone.findElement(By.id("continue")).click();
        assertThat(phone.getCurrentUrl()).endsWith("/manage/appointment").doesNotContain("token");

        phone.findElement(By.id("reschedule")).click();
        By twoPm = By.cssSelector("button.slot[data-start='" + day.atTime(14, 0) + "']");
        while (phone.findElements(By.cssSelector("section[aria-label*='" + day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.CANADA) + "']")).isEmpty()) {
            phone.findElement(By.linkText("Later dates")).click();
        }
        phone.findElement(twoPm).click();

        assertThat(phone.findElement(By.cssSelector("p.done")).getText()).contains("Your appointment has moved");
        assertThat(phone.findElement(By.id("when-time")).getText()).isEqualTo("2:00 p.m.");
        Map<?, ?> moved = desk.expect(desk.call(HttpMethod.GET, "/api/appointments/{id}", null, appointmentId),
                HttpStatus.OK);
        assertThat(LocalDateTime.parse((String) moved.get("start"))).isEqualTo(day.atTime(14, 0));

        phone.manage().deleteAllCookies();
        phone.get(onTestServer(link));
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("This link was replaced");
    }

    @Test
    void cancellingShowsTheLatePolicyFirstAndRecordsTheClientsCancellation() throws Exception {
        LocalDate day = TestCalendar.firstOnOrAfter(DayOfWeek.WEDNESDAY, 9);
        String appointmentId = book(day.atTime(11, 0));

        phone.get(onTestServer(manageLinkOf(appointmentId)));
        phone.findElement(By.id("continue")).click();
        phone.findElement(By.id("confirm")).click();
        assertThat(phone.findElement(By.id("status")).getText()).isEqualTo("Booked, confirmed");
        phone.findElement(By.id("cancel")).click();
        assertThat(phone.findElement(By.id("policy")).getText()).contains("at least 24 hours notice");
        assertThat(phone.findElements(By.id("late"))).as("a week ahead is not late").isEmpty();
        phone.findElement(By.id("confirm-cancel")).click();

        assertThat(phone.findElement(By.id("status")).getText()).isEqualTo("Cancelled, confirmed");
        try (TopicReader topic = TopicReader.of(bootstrapServers, Topics.APPOINTMENTS.name())) {
            AppointmentCancelled cancelled = eventJson.read(topic.awaitRecord(record ->
                    appointmentId.equals(record.key()) && "appointment.cancelled.v1".equals(
                            TopicReader.header(record, CloudEventHeaders.TYPE))).value(), AppointmentCancelled.class);
            assertThat(cancelled.cancelledBy()).isEqualTo("CLIENT");
            assertThat(cancelled.late()).isFalse();
        }
    }

    private String book(LocalDateTime start) {
        return (String) desk.expect(desk.create("/api/appointments", Map.of("clientId", "harbour-client-ada",
                "clinicId", "harbour-gastown", "serviceId", "harbour-sports-30", "therapistId", "harbour-jonah",
                "start", start.toString())), HttpStatus.CREATED).get("id");
    }

    private URI manageLinkOf(String appointmentId) {
        try (TopicReader topic = TopicReader.of(bootstrapServers, Topics.APPOINTMENTS.name())) {
            AppointmentBooked booked = eventJson.read(topic.awaitRecord(record -> appointmentId.equals(record.key())
                    && "appointment.booked.v1".equals(TopicReader.header(record, CloudEventHeaders.TYPE))).value(),
                    AppointmentBooked.class);
            return linkSealer.unseal(booked.sealedManageLink());
        }
    }

    /** Links name the configured public address; the test server listens elsewhere. */
    private String onTestServer(URI link) {
        assertThat(link.toString()).startsWith("http://localhost:8081/manage/start?token=");
        return base() + link.getRawPath() + "?" + link.getRawQuery();
    }
}
