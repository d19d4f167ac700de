package com.stillpoint.notification.channels;

/**
 * A rendered message, ready for a provider.
 *
 * @param to      an email address or an E.164 phone number
 * @param subject the email subject; unused by SMS
 */
public record OutgoingMessage(String to, String subject, String body) {
}
