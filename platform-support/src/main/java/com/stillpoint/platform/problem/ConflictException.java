package com.stillpoint.platform.problem;

/**
 * The request is well formed but the current state forbids it: an illegal transition, a slot just taken.
 *
 * <p>A conflict is an answer, not a fault: it carries no stack trace. Under contention most booking attempts end
 * in one, and filling in a trace through the whole filter chain cost about 4 % of the booking service's CPU.
 */
public class ConflictException extends RuntimeException {

    private final String code;

    /** @param code a stable, machine-readable reason, e.g. {@code slot-taken}; clients branch on it */
    public ConflictException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
