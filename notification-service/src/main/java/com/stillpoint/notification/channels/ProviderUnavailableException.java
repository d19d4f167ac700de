package com.stillpoint.notification.channels;

/**
 * The provider could not take the message now and certainly did not: it was unreachable, overloaded (429) or
 * failed (5xx). Worth retrying; the only kind of failure that is.
 */
public class ProviderUnavailableException extends ProviderException {

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
