package com.stillpoint.localstack.platform;

/** The local stack could not launch; says what went wrong and what to do about it. */
public class PlatformLaunchException extends RuntimeException {

    private final String action;

    PlatformLaunchException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    PlatformLaunchException(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    /** What the user should do, shown under the problem when the console fails to start. */
    public String action() {
        return action;
    }
}
