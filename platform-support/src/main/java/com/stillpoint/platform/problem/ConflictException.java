package com.stillpoint.platform.problem;

/** The request is well formed but the current state forbids it: an illegal transition, a slot just taken. */
public class ConflictException extends RuntimeException {

    private final String code;

    /** @param code a stable, machine-readable reason, e.g. {@code slot-taken}; clients branch on it */
    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
