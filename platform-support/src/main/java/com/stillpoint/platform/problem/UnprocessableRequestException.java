package com.stillpoint.platform.problem;

/** The request contradicts an earlier one it claims to repeat, e.g. an idempotency key reused for other data. */
public class UnprocessableRequestException extends RuntimeException {

    private final String code;

    public UnprocessableRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
