package com.stillpoint.notification.webhooks;

import org.springframework.util.MultiValueMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;

/**
 * Twilio's {@code X-Twilio-Signature}: Base64 of HMAC-SHA1, keyed with the account's auth token, over the full URL
 * the provider called followed by every POST parameter's name and value, sorted by name. Proves a webhook call
 * came from the provider and was not altered, address included.
 */
final class TwilioSignature {

    static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {
    }

    static String sign(String authToken, String url, MultiValueMap<String, String> formParameters) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(formParameters).forEach((name, values) -> {
            for (String value : values == null ? List.<String>of() : values) {
                signed.append(name).append(value);
            }
        });
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(hmac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the check leaks nothing about the expected signature. */
    static boolean matches(String authToken, String url, MultiValueMap<String, String> formParameters, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(sign(authToken, url, formParameters).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
