package com.stillpoint.notification.channels;

/** The check made just before calling the provider stopped the send (e.g. the client texted STOP meanwhile). */
class SendVetoedException extends RuntimeException {

    SendVetoedException(String reason) {
        super(reason, null, false, false);
    }
}
