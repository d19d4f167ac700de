package com.stillpoint.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.time.Duration;

/**
 * A real headless Chromium for page tests: Debian's {@code chromium} driven by its {@code chromedriver} (CI installs
 * both with apt; nothing is downloaded). The flags keep Chromium from reaching for the network at start-up, which
 * this machine refuses. Every browser starts with an empty profile: no cookies carry over between tests.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("stillpoint.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("stillpoint.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** A new browser, as a phone would show pages (narrow viewport). Close it when done. */
    public static ChromeDriver phone() {
        return start(412, 915);
    }

    /** A new browser with a desktop-sized window. Close it when done. */
    public static ChromeDriver desktop() {
        return start(1366, 900);
    }

    private static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
