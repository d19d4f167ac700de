package com.stillpoint.localstack.process;

import com.stillpoint.testing.FreePorts;
import com.stillpoint.localstack.TinyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagedProcessTest {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    @TempDir
    Path logs;

    @Test
    void waitingForAPortThatNeverOpensTimesOutWithTheEndOfTheLog() {
        int silentPort = FreePorts.next();
        try (ManagedProcess child = tinyService("silent", "0").start()) {
            assertThatThrownBy(() -> child.awaitPort("127.0.0.1", silentPort, Duration.ofSeconds(2)))
                    .isInstanceOf(ProcessNotReadyException.class)
                    .hasMessageContaining("silent was not ready (127.0.0.1:" + silentPort
                            + " accepting connections) within 2 s")
                    .hasMessageContaining(child.logFile().toString())
                    .hasMessageContaining(TinyService.STARTED);
            assertThat(child.isAlive()).isTrue();
        }
    }

    @Test
    void aChildThatExitsWhileAwaitedIsReportedAtOnceWithItsExitCode() {
        try (ManagedProcess child = tinyService("failing", "0", "3").start()) {
            assertThatThrownBy(() -> child.awaitPort("127.0.0.1", FreePorts.next(), STARTUP))
                    .isInstanceOf(ProcessNotReadyException.class)
                    .hasMessageContaining("failing exited with code 3 before");
        }
    }

    @Test
    void stopIsGracefulSoTheChildsShutdownHooksRun() throws IOException {
        int port = FreePorts.next();
        ManagedProcess child = tinyService("graceful", String.valueOf(port)).start()
                .awaitHttpOk(URI.create("http://127.0.0.1:" + port + "/health"), STARTUP);

        child.stop();

        assertThat(child.isAlive()).isFalse();
        assertThat(child.exitCode()).hasValue(128 + 15);
        assertThat(Files.readString(child.logFile())).contains(TinyService.STOPPING_GRACEFULLY);
        assertThat(TcpPorts.isAcceptingConnections("127.0.0.1", port)).isFalse();
    }

    @Test
    void killSkipsShutdownHooksAndRestartBringsTheChildBack() throws IOException {
        int port = FreePorts.next();
        try (ManagedProcess child = tinyService("crashing", String.valueOf(port)).start()
                .awaitPort("127.0.0.1", port, STARTUP)) {
            long firstPid = child.pid();

            child.kill();

            assertThat(child.exitCode()).hasValue(128 + 9);
            assertThat(Files.readString(child.logFile())).doesNotContain(TinyService.STOPPING_GRACEFULLY);

            child.restart().awaitPort("127.0.0.1", port, STARTUP);

            assertThat(child.pid()).isNotEqualTo(firstPid);
            assertThat(Files.readString(child.logFile()))
                    .as("both runs, one after the other, in the same log")
                    .containsSubsequence(TinyService.STARTED, TinyService.STARTED);
        }
    }

    @Test
    void aRunningChildCannotBeStartedTwice() {
        try (ManagedProcess child = tinyService("single", "0").start()) {
            assertThatThrownBy(child::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("single is already running");
        }
    }

    private ManagedProcess.Builder tinyService(String name, String... args) {
        return ManagedProcess.javaMain(name, TinyService.class.getName())
                .arguments(args)
                .logFile(logs.resolve(name + ".log"))
                .stopTimeout(Duration.ofSeconds(10));
    }
}
