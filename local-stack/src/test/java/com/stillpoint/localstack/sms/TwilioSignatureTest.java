package com.stillpoint.localstack.sms;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioSignatureTest {

    @Test
    void matchesTheExampleInTwiliosSecurityDocumentation() {
        Map<String, String> parameters = Map.of(
                "CallSid", "CA1234567890ABCDE",
                "Caller", "+12349013030",
                "Digits", "1234",
                "From", "+12349013030",
                "To", "+18005551212");

        String signature = TwilioSignature.sign("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", parameters);

        assertThat(signature).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }
}
