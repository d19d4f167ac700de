package com.stillpoint.contracts;

/** A way to reach a client. */
public enum Channel {
    EMAIL,
    SMS
}
