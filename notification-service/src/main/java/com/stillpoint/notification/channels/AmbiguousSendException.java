package com.stillpoint.notification.channels;

/**
 * The request may have reached the provider, but no answer came back (a read timeout, a connection dropped
 * mid-exchange). Sending again blindly could reach the client twice; the provider must be asked first.
 */
public class AmbiguousSendException extends ProviderException {

    public AmbiguousSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
