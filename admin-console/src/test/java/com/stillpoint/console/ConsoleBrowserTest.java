package com.stillpoint.console;

import com.stillpoint.auth.DemoLogin;
import com.stillpoint.console.support.ConsoleTest;
import com.stillpoint.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in real headless Chromium, signed in through the identity provider: a chain admin sees the dashboard,
 * finds a dead letter of their chain and replays it.
 */
class ConsoleBrowserTest extends ConsoleTest {

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aChainAdminSignsInSeesTheDashboardAndReplaysADeadLetter() {
        DeadLetterSent letter = deadLetter(HARBOUR);
        browser = Browser.desktop();

        browser.get(console() + "dashboard");
        browser.findElement(By.id("username")).sendKeys("chain.admin");
        browser.findElement(By.id("password")).sendKeys(DemoLogin.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Clinic figures");
        assertThat(browser.findElement(By.id("unavailable")).getText()).contains("booking-service");
        assertThat(browser.findElements(By.linkText("Services"))).as("only for the operator chain").isEmpty();

        browser.findElement(By.linkText("Dead letters")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dead letters");
        By row = By.cssSelector("tr[data-event-id='" + letter.eventId() + "']");
        assertThat(browser.findElement(row).getText()).contains("appointment.booked.v1", "harbour",
                "ListenerExecutionFailedException");
        browser.findElement(row).findElement(By.tagName("button")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(row, "Replayed by chain.admin"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Replayed appointment.booked.v1 to booking.appointments.");
        assertThat(browser.findElement(row).findElements(By.tagName("button"))).isEmpty();
    }
}
