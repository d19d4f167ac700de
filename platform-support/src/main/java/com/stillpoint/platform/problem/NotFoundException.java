package com.stillpoint.platform.problem;

/**
 * Nothing by that id exists for the caller. Also what another chain's id looks like: tenants learn nothing of
 * each other, not even that an id exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("No " + what + " " + id);
    }
}
