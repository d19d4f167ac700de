package com.stillpoint.notification.webhooks;

import com.stillpoint.notification.NotificationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * The addresses providers call us back on, built from the configured public address, never from a request.
 * A status callback names its message in the address, so it finds the message even when the send timed out
 * before we learned the provider's id; the provider's signature covers the address, so it can't be forged.
 */
@Component
public class WebhookUrls {

    static final String STATUS_PATH = "/webhooks/sms/status";
    static final String INBOUND_PATH = "/webhooks/sms/inbound";

    private final String base;

    WebhookUrls(NotificationProperties properties) {
        this.base = properties.publicBaseUrl().toString().replaceAll("/+$", "");
    }

    public URI statusCallback(String chainId, String messageId) {
        return UriComponentsBuilder.fromUriString(base + STATUS_PATH).queryParam("chain", chainId)
                .queryParam("message", messageId).encode().build().toUri();
    }

    /** The address a request to {@code path} was signed for, as the provider called it. */
    String signedUrl(String path, String rawQuery) {
        return base + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }
}
