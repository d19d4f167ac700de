package com.stillpoint.auth;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code bin/demo-token}, the shell version of {@link DemoLogin}, run against the test server. */
class DemoTokenScriptTest {

    private static final Path SCRIPT = Path.of("..", "bin", "demo-token");

    @Test
    void printsAVerifiableAccessTokenOfTheUser() throws Exception {
        ScriptRun run = runScript("therapist.jonah");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Jwt accessToken = ServerTokens.jwtDecoder().decode(run.stdout().strip());
        assertThat(accessToken.getSubject()).isEqualTo("therapist.jonah");
        assertThat(accessToken.getClaimAsString("therapist_id")).isEqualTo("harbour-jonah");
    }

    @Test
    void failsWithAClearMessageOnAWrongPassword() throws Exception {
        ScriptRun run = runScript("front.desk", "not-the-password");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("refused the login of 'front.desk'");
    }

    private static ScriptRun runScript(String... arguments) throws IOException, InterruptedException {
        assumeTrue(onPath("curl") && onPath("openssl"), "bin/demo-token needs curl and openssl");
        ProcessBuilder command = new ProcessBuilder("bash", SCRIPT.toString());
        command.command().addAll(List.of(arguments));
        command.environment().put("STILLPOINT_ISSUER", SharedAuthServer.issuer().toString());
        Process process = command.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bin/demo-token finished").isTrue();
        return new ScriptRun(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return new ProcessBuilder("bash", "-c", "command -v " + tool).start().waitFor() == 0;
    }

    private record ScriptRun(int exitCode, String stdout, String stderr) {
    }
}
