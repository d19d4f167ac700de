package com.stillpoint.notification.webhooks;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioSignatureTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    @Test
    void matchesTheExampleInTwiliosSecurityDocumentation() {
        assertThat(TwilioSignature.sign("12345", URL, example())).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(TwilioSignature.matches("12345", URL, example(), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
    }

    @Test
    void anAlteredFieldAddressOrKeyDoesNotMatch() {
        MultiValueMap<String, String> altered = example();
        altered.set("Digits", "1235");

        assertThat(TwilioSignature.matches("12345", URL, altered, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(TwilioSignature.matches("12345", URL + "&baz=3", example(), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(TwilioSignature.matches("54321", URL, example(), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(TwilioSignature.matches("12345", URL, example(), null)).isFalse();
    }

    private static MultiValueMap<String, String> example() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("CallSid", "CA1234567890ABCDE");
        form.add("Caller", "+12349013030");
        form.add("Digits", "1234");
        form.add("From", "+12349013030");
        form.add("To", "+18005551212");
        return form;
    }
}
