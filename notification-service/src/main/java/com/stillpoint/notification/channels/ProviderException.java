package com.stillpoint.notification.channels;

/** A provider did not take a message. */
public class ProviderException extends RuntimeException {

    public ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
