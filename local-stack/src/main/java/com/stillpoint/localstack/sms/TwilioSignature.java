package com.stillpoint.localstack.sms;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Twilio's {@code X-Twilio-Signature}: Base64 of HMAC-SHA1, keyed with the auth token, over the callback URL
 * followed by every form parameter's name and value, sorted by name. Signing callbacks lets a service keep its
 * signature check switched on locally.
 */
final class TwilioSignature {

    static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {
    }

    static String sign(String authToken, String url, Map<String, String> formParameters) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(formParameters).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(hmac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
