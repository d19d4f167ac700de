package com.stillpoint.platform.links;

import com.stillpoint.platform.crypto.AesGcm;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Seals a client link for its trip to notification-service: through the outbox, Kafka and the message schedule the
 * link is AES-GCM ciphertext, opened only when the message is rendered. A database or topic dump holds no usable
 * token. Services that issue links and notification-service share the sealing key.
 */
public class LinkSealer {

    private static final byte[] CONTEXT = "stillpoint-client-link-v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKey key;

    LinkSealer(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The link sealing key must be 256 bits");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    public String seal(URI link) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(AesGcm.encrypt(key, link.toString().getBytes(StandardCharsets.UTF_8), CONTEXT));
    }

    public URI unseal(String sealed) {
        return URI.create(new String(AesGcm.decrypt(key, Base64.getUrlDecoder().decode(sealed), CONTEXT),
                StandardCharsets.UTF_8));
    }
}
