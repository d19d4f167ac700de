package com.stillpoint.notification.channels;

/** The provider refused the message for good, e.g. an invalid number. Retrying would be refused again. */
public class ProviderRejectedException extends ProviderException {

    /** Twilio's "attempt to send to unsubscribed recipient": the client texted STOP to the provider itself. */
    private static final String UNSUBSCRIBED_RECIPIENT = "21610";

    private final String code;

    /** @param code the provider's error code, or {@code null} */
    public ProviderRejectedException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the provider refused because the client opted out with it. */
    public boolean recipientOptedOut() {
        return UNSUBSCRIBED_RECIPIENT.equals(code);
    }
}
