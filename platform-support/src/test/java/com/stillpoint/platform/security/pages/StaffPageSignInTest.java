package com.stillpoint.platform.security.pages;

import com.stillpoint.auth.DemoLogin;
import com.stillpoint.auth.SharedAuthServer;
import com.stillpoint.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff sign in to pages through the identity provider, in a real browser, and get their chain and roles. */
@SpringBootTest(classes = StaffPagesTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=staff-pages-test", "spring.mongodb.database=staff_pages_test"})
class StaffPageSignInTest {

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.stillpoint.";
        registry.add("spring.security.oauth2.client.provider.stillpoint.issuer-uri", () -> SharedAuthServer.issuer().toString());
        registry.add(registration + "client-id", () -> "booking-web");
        registry.add(registration + "client-secret", () -> "local-demo-secret");
        registry.add(registration + "scope", () -> "openid,profile");
    }

    @LocalServerPort
    int port;

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
    void aStaffMemberSignsInAndTheirTokenNamesTheirChainAndRoles() {
        browser.get(page("/staff/whoami"));
        signIn("front.desk");

        assertThat(browser.getCurrentUrl()).startsWith(page("/staff/whoami"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .isEqualTo("Frankie Desk works for harbour as [FRONT_DESK]");
    }

    @Test
    void aPageBeyondTheirRoleIsRefused() {
        browser.get(page("/staff/chain-only"));
        signIn("front.desk");

        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("chain admins only");
        browser.get(page("/staff/whoami"));
        assertThat(browser.findElement(By.tagName("body")).getText()).startsWith("Frankie Desk");
    }

    private void signIn(String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoLogin.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private String page(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
