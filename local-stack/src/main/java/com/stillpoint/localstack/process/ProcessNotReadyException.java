package com.stillpoint.localstack.process;

/** A child process exited, or did not become ready in time. The message ends with the tail of its log. */
public class ProcessNotReadyException extends RuntimeException {

    public ProcessNotReadyException(String message) {
        super(message);
    }

    public ProcessNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
