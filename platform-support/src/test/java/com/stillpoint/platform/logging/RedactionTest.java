package com.stillpoint.platform.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void secretsAndContactDetailsAreRemoved() {
        String line = "Sending to ada.lovelace+clinic@example.test and +16045550101 with link "
                + "http://localhost:8082/intake/start?token=RcAYyfTaR3R6rhzdoCv2Vi5kx8EhRtzDGGtn_PFjkZY "
                + "after Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmcm9udC5kZXNrIn0.c2lnbmF0dXJl "
                + "raw RcAYyfTaR3R6rhzdoCv2Vi5kx8EhRtzDGGtn_PFjkZY";

        String redacted = Redaction.redact(line);

        assertThat(redacted).doesNotContain("ada.lovelace", "example.test", "6045550101", "RcAYyfTaR3R6",
                "eyJhbGci", "c2lnbmF0dXJl");
        assertThat(redacted).contains("[email]", "[phone]", "token=[redacted]", "Bearer [redacted]", "[token]");
    }

    @Test
    void ordinaryOperationalDetailsStay() {
        String line = "Booking c67959e1-4da0-35a8-b817-1d51dddac008 for harbour-kitsilano committed at version 2 "
                + "(2026-11-24T18:00:00Z) in 12 ms";

        assertThat(Redaction.redact(line)).isEqualTo(line);
    }
}
