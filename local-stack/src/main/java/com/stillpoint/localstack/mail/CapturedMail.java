package com.stillpoint.localstack.mail;

import java.time.Instant;
import java.util.List;

/**
 * One message as the SMTP capture received it.
 *
 * @param id         the console's own number for it, increasing in order of arrival
 * @param recipients the SMTP envelope recipients, which include Bcc addresses that no header shows
 * @param text       the first {@code text/plain} part, or {@code null}
 * @param html       the first {@code text/html} part, or {@code null}
 * @param headers    every header of the top-level message, decoded, in order
 */
public record CapturedMail(long id,
                           Instant receivedAt,
                           String from,
                           List<String> to,
                           List<String> cc,
                           List<String> recipients,
                           String subject,
                           String text,
                           String html,
                           List<Header> headers) {

    /** One header line; names repeat when a header does. */
    public record Header(String name, String value) {
    }

    /** The value of the first header with this name (case-insensitive), or {@code null}. */
    public String header(String name) {
        return headers.stream()
                .filter(header -> header.name().equalsIgnoreCase(name))
                .map(Header::value)
                .findFirst()
                .orElse(null);
    }
}
