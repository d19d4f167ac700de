package com.stillpoint.localstack.platform;

import com.stillpoint.localstack.process.ManagedProcess;

import java.nio.file.Path;

/**
 * A part of the platform as the console's home page shows it.
 *
 * @param address a URL or host:port
 * @param state   for example "running (pid 4242)", "exited with code 1", "skipped"
 * @param logFile {@code null} for a skipped service
 */
public record ComponentStatus(String name, String address, String state, Path logFile) {

    static ComponentStatus of(String name, String address, ManagedProcess process) {
        String state = process.isAlive() ? "running (pid " + process.pid() + ")"
                : process.exitCode().stream().mapToObj(code -> "exited with code " + code).findFirst()
                        .orElse("not started");
        return new ComponentStatus(name, address, state, process.logFile());
    }

    static ComponentStatus skipped(String name, String address) {
        return new ComponentStatus(name, address, "skipped: run it yourself", null);
    }
}
