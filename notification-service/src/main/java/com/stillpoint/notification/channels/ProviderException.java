package com.stillpoint.notification.channels;

/**
 * A provider did not take a message, or we could not tell whether it did. Messages are our own words and the
 * provider's error code, never the provider's free text (which may quote an address).
 */
public abstract class ProviderException extends RuntimeException {

    ProviderException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
