package com.stillpoint.intake.staff;

import com.stillpoint.auth.DemoLogin;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.intake.protection.HealthDataRead;
import com.stillpoint.intake.protection.HealthDataReads;
import com.stillpoint.intake.protection.ReadPurpose;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.ClientBrowser;
import com.stillpoint.intake.support.IntakeForms;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.intake.support.Staff;
import com.stillpoint.intake.support.StaffApi;
import com.stillpoint.intake.support.Surveys;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff pages in real headless Chromium, signed in through the identity provider: the appointment's therapist
 * reads the intake, acknowledges the review and sees the outcome chart; another therapist and the desk see nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesBrowserTest extends IntakeServiceTest {

    @Autowired
    HealthDataReads reads;

    AppointmentBooked booked;
    String planId;
    ChromeDriver browser;

    @BeforeAll
    void aFlaggedIntakeAndAPlanWithTwoSurveys() {
        String clientId = Bookings.newClientId();
        publish(Bookings.profile(clientId, "Ada"));
        planId = "plan-" + UUID.randomUUID();
        booked = completeIntake(Bookings.booked(clientId, Bookings.MAYA, "SWEDISH", Bookings.inDays(3), planId),
                IntakeForms.withContraindications());
        StaffApi api = new StaffApi(base());
        await().untilAsserted(() -> assertThat(api.put("/api/treatment-plans/" + planId + "/measures",
                "{\"measures\":[\"PHQ9\"],\"plannedSessions\":4}", Staff.MAYA).statusCode()).isEqualTo(200));
        int daysAgo = 3;
        for (int phq9 : new int[] {16, 11}) {
            AppointmentBooked session = Bookings.booked(clientId, Bookings.MAYA, "SWEDISH", Bookings.inDays(-daysAgo--),
                    planId);
            publish(Bookings.completed(session));
            ClientBrowser client = newClientBrowser();
            client.openLink(surveyLinkOf(awaitSurveyRequested(session.appointmentId())));
            Surveys.answer(client, Surveys.session(5, 4, 3), Surveys.items(Surveys.phq9Totalling(phq9)));
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theTherapistReadsTheIntakeAcknowledgesTheReviewAndSeesTheTrend() {
        browser = Browser.desktop();
        int readsBefore = readsOfClient().size();
        browser.get(base() + "/staff");
        signIn("therapist.maya");

        assertThat(text()).contains("Your clients").contains("Ada");
        browser.findElement(By.linkText("Ada")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Intake of Ada");
        assertThat(text()).contains("Review before the session").contains("History of blood clots or DVT")
                .contains("Takes blood thinners").contains(IntakeForms.MEDICATIONS)
                .contains(IntakeForms.WELLBEING_NOTES);
        assertThat(browser.findElement(By.id("readiness")).getText()).isEqualTo("Review needed");

        browser.findElement(By.cssSelector(".review button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("readiness"), "Reviewed"));
        awaitStatus(booked.appointmentId(), IntakeReadiness.REVIEWED);

        browser.get(base() + "/staff/plans/" + planId);
        WebElement chart = browser.findElement(By.id("chart-phq9"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElements(By.tagName("circle"))).hasSize(2);
        assertThat(chart.findElement(By.tagName("polyline")).getAttribute("points")).isNotBlank();
        assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent"))
                .contains("Session 1: 16 (Moderately severe)").contains("Session 2: 11 (Moderate)");
        assertThat(text()).contains("1 baseline").contains("PHQ-9 11 (Moderate)");
        assertThat(browser.findElements(By.id("worsening"))).isEmpty();

        List<HealthDataRead> audited = readsOfClient().subList(readsBefore, readsOfClient().size());
        assertThat(audited).extracting(HealthDataRead::purpose).contains(ReadPurpose.SESSION_PREPARATION,
                ReadPurpose.OUTCOME_REVIEW);
        assertThat(audited).allSatisfy(read -> assertThat(read.readerId()).isEqualTo("therapist.maya"));
    }

    @Test
    void anotherTherapistSeesNeitherTheIntakeNorTheTrend() {
        browser = Browser.desktop();
        int readsBefore = readsOfClient().size();
        browser.get(base() + "/staff/intakes/" + booked.appointmentId());
        signIn("therapist.jonah");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(text()).doesNotContain(IntakeForms.MEDICATIONS).doesNotContain("blood");
        browser.get(base() + "/staff/plans/" + planId);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.findElements(By.tagName("svg"))).isEmpty();
        browser.get(base() + "/staff");
        assertThat(text()).doesNotContain("Ada");
        assertThat(readsOfClient()).hasSize(readsBefore);
    }

    @Test
    void theFrontDeskHasNoStaffPagesHere() {
        browser = Browser.desktop();
        browser.get(base() + "/staff/intakes/" + booked.appointmentId());
        signIn("front.desk");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not available to you");
        assertThat(text()).doesNotContain(IntakeForms.MEDICATIONS);
    }

    private List<HealthDataRead> readsOfClient() {
        return new ArrayList<>(TenantContext.callAs(Bookings.CHAIN, () -> reads.ofClient(booked.clientId())));
    }

    private void signIn(String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoLogin.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
