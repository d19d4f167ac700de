package com.stillpoint.notification.channels;

import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.crypto.Sha256;

import java.net.URI;

/**
 * A rendered message, ready for a provider. Its text holds a live link: it is never stored or logged.
 *
 * @param to             an email address or an E.164 phone number
 * @param subject        the email subject; {@code null} for SMS
 * @param reference      our stable id of the message (its deduplication key): the same on every attempt
 * @param statusCallback where an SMS provider reports delivery, or {@code null}
 * @param unsubscribe    an email's one-click unsubscribe address (RFC 8058), or {@code null}
 */
public record OutgoingMessage(Channel channel, String to, String subject, String body, String reference,
                              URI statusCallback, URI unsubscribe) {

    /**
     * Recognises this exact message (address and text) at the provider without keeping its text, whose link is a
     * secret.
     */
    public String fingerprint() {
        return fingerprintOf(channel, to, body);
    }

    static String fingerprintOf(Channel channel, String to, String body) {
        return Sha256.hex(channel + "\n" + to + "\n" + body);
    }

    @Override
    public String toString() {
        return "OutgoingMessage[" + channel + " " + reference + "]";
    }
}
