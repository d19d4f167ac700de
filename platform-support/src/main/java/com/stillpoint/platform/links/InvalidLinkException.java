package com.stillpoint.platform.links;

/** A link that cannot be used. The reason picks the friendly page the client sees; it never reveals more. */
public class InvalidLinkException extends RuntimeException {

    /** Why a link was refused. */
    public enum Reason {
        /** Unknown, tampered with, or for another purpose: indistinguishable to the client, on purpose. */
        NOT_VALID,
        EXPIRED,
        ALREADY_USED,
        /** The thing it was for no longer needs it, e.g. a cancelled appointment. */
        WITHDRAWN
    }

    private final Reason reason;

    public InvalidLinkException(Reason reason) {
        super("Link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
