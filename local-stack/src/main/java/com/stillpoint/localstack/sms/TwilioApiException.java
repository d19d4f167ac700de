package com.stillpoint.localstack.sms;

import org.springframework.http.HttpStatus;

/** A request the sink rejects the way Twilio would, with Twilio's error code. */
final class TwilioApiException extends RuntimeException {

    private final HttpStatus status;
    private final int code;

    TwilioApiException(HttpStatus status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static TwilioApiException unauthenticated() {
        return new TwilioApiException(HttpStatus.UNAUTHORIZED, 20003, "Authenticate");
    }

    static TwilioApiException invalidParameter(int code, String message) {
        return new TwilioApiException(HttpStatus.BAD_REQUEST, code, message);
    }

    static TwilioApiException notFound(String path) {
        return new TwilioApiException(HttpStatus.NOT_FOUND, 20404, "The requested resource " + path + " was not found");
    }

    HttpStatus status() {
        return status;
    }

    /** The body Twilio sends with such an error. */
    TwilioError toError() {
        return new TwilioError(code, getMessage(), "https://www.twilio.com/docs/errors/" + code, status.value());
    }
}
