package com.stillpoint.platform.problem;

/** The request is well formed but breaks a rule of the domain, e.g. a preferred channel the client didn't allow. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
