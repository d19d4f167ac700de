package com.stillpoint.auth;

/** A step of the {@link DemoLogin} flow failed; the message names the step and what the server answered. */
public class DemoLoginException extends RuntimeException {

    DemoLoginException(String message) {
        super(message);
    }

    DemoLoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
