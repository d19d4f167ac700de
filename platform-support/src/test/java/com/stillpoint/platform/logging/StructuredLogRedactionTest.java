package com.stillpoint.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.stillpoint.platform.correlation.CorrelationId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON lines of the json-logs profile, through Spring Boot's own encoder, are redacted like plain ones. */
class StructuredLogRedactionTest {

    @Test
    void aContactDetailStaysRedactedInJsonLinesWhileTheCorrelationIdIsAField() {
        String line = encode("ecs", "Sending to ada.lovelace@example.test at +16045550101");

        assertThat(line).startsWith("{").contains("\"message\":\"Sending to [email] at [phone]\"")
                .contains("\"correlationId\":\"corr-12345678\"")
                .doesNotContain("ada.lovelace", "6045550101");
    }

    @Test
    void theStackTraceIsRedactedToo() {
        String line = encode("logstash", null);

        assertThat(line).contains("[email]").doesNotContain("ada.lovelace");
    }

    private static String encode(String format, String message) {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), new MockEnvironment()
                .withProperty("logging.structured.json.customizer", RedactedJsonMembers.class.getName()));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        Logger logger = context.getLogger("com.stillpoint.test");
        LoggingEvent event = message == null
                ? new LoggingEvent(Logger.FQCN, logger, Level.WARN, "Could not send",
                        new IllegalStateException("refused for ada.lovelace@example.test"), null)
                : new LoggingEvent(Logger.FQCN, logger, Level.INFO, message, null, null);
        event.setMDCPropertyMap(Map.of(CorrelationId.MDC_KEY, "corr-12345678"));
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
