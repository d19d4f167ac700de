package com.stillpoint.booking.publicbooking;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentStatus;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.clients.Client;
import com.stillpoint.booking.clients.Clients;
import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A new client books online on a phone, in real headless Chromium; a time taken meanwhile is said clearly. */
class PublicBookingPageTest extends BookingServiceTest {

    @Autowired
    Clients clients;
    @Autowired
    Appointments appointments;

    ChromeDriver phone;

    @BeforeEach
    void openPhone() {
        phone = Browser.phone();
    }

    @AfterEach
    void closePhone() {
        phone.quit();
    }

    @Test
    void aNewClientBooksATraumaInformedSessionOnline() {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        phone.get(base() + "/book/harbour");
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Book an appointment");
        assertThat(phone.findElement(By.tagName("main")).getText()).contains("Times in Pacific Time");

        phone.findElement(By.partialLinkText("Stillpoint Kitsilano")).click();
        phone.findElement(By.partialLinkText("Relaxation massage, 60 min")).click();
        assertThat(phone.findElement(By.tagName("main")).getText()).contains("All times are in Pacific Time");
        phone.findElement(By.id("traumaInformed")).click();
        phone.findElement(By.cssSelector("form.filters button")).click();
        List<String> therapistsShown = phone.findElements(By.cssSelector(".slot span")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(therapistsShown).isNotEmpty().allMatch(name -> List.of("Maya Chen", "Sofia Rossi").contains(name));

        WebElement slot = phone.findElements(By.cssSelector(".slot")).get(0);
        slot.click();
        phone.findElement(By.id("firstName")).sendKeys("Noor");
        phone.findElement(By.id("lastName")).sendKeys("Haddad");
        phone.findElement(By.id("email")).sendKeys(email);
        phone.findElement(By.id("phone")).sendKeys("+16045550177");
        phone.findElement(By.id("smsConsent")).click();
        phone.findElement(By.id("confirm")).click();

        assertThat(phone.findElement(By.id("booked")).getText()).isEqualTo("You're booked");
        assertThat(phone.findElement(By.tagName("main")).getText()).contains("Pacific Time (America/Vancouver)")
                .contains("Stillpoint Kitsilano");
        Client client = TenantContext.callAs("harbour", () -> clients.withEmail(email).orElseThrow());
        assertThat(client.contactDetails().allowedChannels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
        List<Appointment> booked = TenantContext.callAs("harbour", () -> appointments.ofClient(client.id()));
        assertThat(booked).hasSize(1);
        assertThat(booked.get(0).status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.get(0).placement().clinicId()).isEqualTo("harbour-kitsilano");
    }

    @Test
    void aTimeTakenWhileTheClientTypesIsSaidClearlyAndBooksNothing() {
        phone.get(base() + "/book/harbour/harbour-kitsilano/harbour-deep-tissue-60");
        WebElement slot = phone.findElements(By.cssSelector(".slot")).get(0);
        String href = slot.getAttribute("href");
        slot.click();
        LocalDateTime start = LocalDateTime.parse(href.replaceAll(".*start=([^&]+).*", "$1"));
        String therapist = href.replaceAll(".*therapist=([^&]+).*", "$1");

        new StaffApi(restClient(), StaffTokens.frontDesk()).expect(new StaffApi(restClient(), StaffTokens.frontDesk())
                .create("/api/appointments", Map.of("clientId", "harbour-client-remy", "clinicId", "harbour-kitsilano",
                        "serviceId", "harbour-deep-tissue-60", "therapistId", therapist, "start", start.toString())),
                HttpStatus.CREATED);
        phone.findElement(By.id("firstName")).sendKeys("Lee");
        phone.findElement(By.id("lastName")).sendKeys("Okafor");
        phone.findElement(By.id("email")).sendKeys("lee-" + UUID.randomUUID() + "@example.test");
        phone.findElement(By.id("confirm")).click();

        assertThat(phone.findElement(By.id("taken")).getText()).contains("that time was just taken");
        assertThat(phone.findElements(By.cssSelector(".slot"))).isNotEmpty();
    }

    @Test
    void theTherapistFilterShowsOnlyThatTherapist() {
        phone.get(base() + "/book/harbour/harbour-gastown/harbour-swedish-60");
        new Select(phone.findElement(By.id("therapist"))).selectByVisibleText("Jonah Reyes");
        phone.findElement(By.cssSelector("form.filters button")).click();

        assertThat(phone.findElements(By.cssSelector(".slot span"))).isNotEmpty()
                .allMatch(name -> name.getText().equals("Jonah Reyes"));
    }
}
