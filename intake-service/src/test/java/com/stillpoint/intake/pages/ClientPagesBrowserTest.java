package com.stillpoint.intake.pages;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.IntakeForms;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A client on their phone, in real headless Chromium: the intake with a break half-way, the consent, a survey. */
class ClientPagesBrowserTest extends IntakeServiceTest {

    ChromeDriver phone;

    @BeforeEach
    void openPhone() {
        phone = Browser.phone();
        publish(Bookings.kitsilano());
    }

    @AfterEach
    void closePhone() {
        phone.quit();
    }

    @Test
    void aClientFillsTheIntakeComesBackToTheirDraftAndSignsTheConsent() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);
        phone.get(awaitIntakeLink(booked.appointmentId()).toString());
        assertThat(text()).contains("Before your appointment");
        press("Continue");
        press("Start");

        assertThat(phone.findElement(By.cssSelector(".progress-count")).getText()).isEqualTo("Step 1 of 7");
        click("conditions-arthritis");
        phone.findElement(By.id("conditions-details")).sendKeys(IntakeForms.HEALTH_DETAILS);
        click("cancer-treatment-no");
        click("fever-or-infection-no");
        click("recent-surgery-or-injury-no");
        click("pregnancy-not-applicable");
        press("Save and continue");
        assertThat(text()).contains("Medications and allergies");
        click("anticoagulants-no");
        phone.findElement(By.id("medications")).sendKeys(IntakeForms.MEDICATIONS);
        press("Save and finish later");
        assertThat(text()).contains("Your answers are saved");

        phone.get("about:blank");
        phone.get(base() + "/intake");
        assertThat(text()).contains("Continue where you left off");
        press("Continue");
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Medications and allergies");
        assertThat(phone.findElement(By.id("medications")).getAttribute("value")).isEqualTo(IntakeForms.MEDICATIONS);
        assertThat(phone.findElement(By.id("anticoagulants-no")).isSelected()).isTrue();
        press("Save and continue");

        press("Save and continue");
        assertThat(text()).contains("Please check your answers").contains("Please answer this question.");
        click("pressure-medium");
        press("Save and continue");
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Your wellbeing (optional)");
        press("Skip and clear this step");
        click("goals-better-sleep");
        press("Save and continue");
        phone.findElement(By.id("emergency-name")).sendKeys("Grace Hopper");
        phone.findElement(By.id("emergency-phone")).sendKeys(IntakeForms.EMERGENCY_PHONE);
        press("Save and continue");

        assertThat(phone.findElement(By.cssSelector("article.document h1")).getText()).isNotBlank();
        assertThat(phone.findElements(By.cssSelector("article.document p"))).hasSizeGreaterThan(1);
        phone.findElement(By.id("typedName")).sendKeys("Ada Lovelace");
        click("agree");
        press("Sign");

        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("You are all set");
        awaitStatus(booked.appointmentId(), IntakeReadiness.READY);
    }

    @Test
    void aClientAnswersTheirFollowUpSurvey() {
        AppointmentBooked booked = Bookings.booked(Bookings.newClientId(), Bookings.inDays(-1));
        publish(Bookings.completed(booked));
        URI link = surveyLinkOf(awaitSurveyRequested(booked.appointmentId()));

        phone.get(link.toString());
        assertThat(text()).contains("How was your session?").contains("Stillpoint Kitsilano");
        press("Continue");
        press("Start");
        click("session-rating-4");
        click("stress-6");
        click("sleep-2");
        press("Save and continue");
        assertThat(phone.findElement(By.cssSelector(".progress-count")).getText()).isEqualTo("Step 2 of 2");
        click("gad1-1");
        click("gad2-2");
        click("phq1-0");
        click("phq2-1");
        press("Send");

        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
        assertThat(text()).doesNotContain("Suicide Crisis Helpline").contains("9-8-8");
    }

    private void click(String inputId) {
        phone.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
    }

    private void press(String label) {
        WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(10));
        WebElement control = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space()='" + label + "'] | //a[contains(@class, 'button') and normalize-space()='"
                        + label + "']")));
        control.click();
        wait.until(ExpectedConditions.stalenessOf(control));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private String text() {
        return phone.findElement(By.tagName("body")).getText();
    }
}
