package com.stillpoint.localstack.platform;

import com.stillpoint.localstack.mail.MailCapture;
import com.stillpoint.localstack.sms.SmsSinkProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/** The summary printed once the platform is up: every address a developer needs, and where the logs are. */
@Component
class StartupBanner {

    private static final String RULE = "=".repeat(100);

    private final PlatformProperties properties;
    private final MailCapture mailCapture;
    private final SmsSinkProperties sms;
    private final Environment environment;

    StartupBanner(PlatformProperties properties, MailCapture mailCapture, SmsSinkProperties sms,
                  Environment environment) {
        this.properties = properties;
        this.mailCapture = mailCapture;
        this.sms = sms;
        this.environment = environment;
    }

    String render(LocalPlatform platform, Duration took) {
        String console = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder(System.lineSeparator()).append(RULE).append(System.lineSeparator());
        line(banner, String.format(Locale.ROOT, "Stillpoint local stack is up (%.1f s)", took.toMillis() / 1000.0), "");
        banner.append(System.lineSeparator());
        line(banner, "Dev console", console + "/");
        line(banner, "  captured mail", console + "/mail");
        line(banner, "  captured SMS", console + "/sms");
        line(banner, "  SMS provider API", console + "/sms-provider  (Twilio-compatible; local demo account "
                + sms.accountSid() + " / " + sms.authToken() + ")");
        line(banner, "SMTP capture", "127.0.0.1:" + mailCapture.smtpPort());
        for (ServiceDefinition service : properties.services()) {
            line(banner, service.name(), properties.skip().contains(service.name())
                    ? "skipped: run it yourself on " + service.baseUrl() : service.baseUrl());
        }
        line(banner, "Kafka", platform.kafkaBootstrapServers());
        line(banner, "MongoDB", platform.mongoConnectionString());
        line(banner, "Logs", properties.logs().toString());
        line(banner, "Data", properties.state() + "  (delete it for a clean slate)");
        banner.append(System.lineSeparator());
        line(banner, "Press Ctrl-C to stop everything.", "");
        return banner.append(RULE).toString();
    }

    private static void line(StringBuilder banner, String label, String value) {
        banner.append(String.format(Locale.ROOT, " %-20s %s", label, value).stripTrailing())
                .append(System.lineSeparator());
    }
}
