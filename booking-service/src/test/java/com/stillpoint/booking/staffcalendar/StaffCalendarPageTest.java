package com.stillpoint.booking.staffcalendar;

import com.stillpoint.auth.DemoLogin;
import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.booking.intakeflags.IntakeStatuses;
import com.stillpoint.contracts.intake.EscalationRaised;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.platform.messaging.CloudEventRecords;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaOperations;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff sign in through the identity provider, in real headless Chromium, and see on the calendar which client's
 * intake needs review and which is still missing, and who needs follow-up.
 */
class StaffCalendarPageTest extends BookingServiceTest {

    @Autowired
    KafkaOperations<Object, Object> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    IntakeStatuses intakeStatuses;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.desktop();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theFrontDeskSignsInAndSeesTheIntakeFlagsOnTheDayCalendar() throws Exception {
        // A Tuesday: Liam works at Kitsilano 12:00-20:00, Maya at Gastown 10:00-18:00.
        LocalDate day = TestCalendar.firstOnOrAfter(DayOfWeek.TUESDAY, 4);
        String needsReview = book("harbour-kitsilano", "harbour-liam", "harbour-deep-tissue-60", "harbour-client-ada", day, 13);
        String missing = book("harbour-gastown", "harbour-maya", "harbour-swedish-60", "harbour-client-remy", day, 14);
        intakeSays(needsReview, "harbour-client-ada", IntakeReadiness.REVIEW_NEEDED);
        intakeSays(missing, "harbour-client-remy", IntakeReadiness.PENDING);
        kafka.send(CloudEventRecords.of(new EscalationRaised(UUID.randomUUID(), Instant.now(), "harbour",
                UUID.randomUUID().toString(), "harbour-client-remy", "harbour-gastown", missing), eventJson,
                "/stillpoint/intake-service")).get();
        await().until(() -> TenantContext.callAs("harbour", () -> intakeStatuses.of(missing).isPresent()
                && intakeStatuses.of(needsReview).isPresent()));

        browser.get(base() + "/staff/calendar?date=" + day);
        browser.findElement(By.id("username")).sendKeys("front.desk");
        browser.findElement(By.id("password")).sendKeys(DemoLogin.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Day calendar");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Signed in as Frankie Desk");
        WebElement reviewRow = row(needsReview);
        assertThat(reviewRow.getText()).contains("Liam O'Connor").contains("Ada L.").contains("1:00 p.m.");
        assertThat(reviewRow.findElement(By.className("flag")).getText()).isEqualTo("Needs review");
        await().untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(row(missing).findElements(By.className("flag"))).extracting(WebElement::getText)
                    .containsExactly("Intake missing", "Needs follow-up");
        });
    }

    private WebElement row(String appointmentId) {
        return browser.findElement(By.cssSelector("tr[data-appointment='" + appointmentId + "']"));
    }

    private void intakeSays(String appointmentId, String clientId, IntakeReadiness readiness) throws Exception {
        kafka.send(CloudEventRecords.of(new IntakeStatusChanged(UUID.randomUUID(), Instant.now(), "harbour",
                appointmentId, clientId, readiness), eventJson, "/stillpoint/intake-service")).get();
    }

    private String book(String clinicId, String therapistId, String serviceId, String clientId, LocalDate day,
                        int hour) {
        StaffApi desk = new StaffApi(restClient(), StaffTokens.frontDesk());
        return (String) desk.expect(desk.create("/api/appointments", Map.of("clientId", clientId, "clinicId", clinicId,
                "serviceId", serviceId, "therapistId", therapistId, "start", day.atTime(hour, 0).toString())),
                HttpStatus.CREATED).get("id");
    }
}
