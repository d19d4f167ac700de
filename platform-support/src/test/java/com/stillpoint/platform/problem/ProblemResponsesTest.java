package com.stillpoint.platform.problem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Every way an API request can go wrong ends in problem+json that reveals nothing internal. */
@SpringBootTest(classes = ProblemTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=problem-test", "spring.mongodb.database=problem_test",
                "stillpoint.http.max-request-bytes=1024"})
class ProblemResponsesTest {

    @LocalServerPort
    int port;

    RestTestClient api;

    @BeforeEach
    void client() {
        api = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void metricsAreServedForScrapersWithoutAToken() {
        api.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("jvm_memory_used_bytes"));
    }

    @Test
    void theAdminConsoleMayReadLogLevelsButNobodyMayChangeThem() {
        api.get().uri("/actuator/loggers/com.stillpoint").exchange().expectStatus().isOk();
        api.get().uri("/actuator/metrics").exchange().expectStatus().isOk();
        api.post().uri("/actuator/loggers/com.stillpoint").contentType(MediaType.APPLICATION_JSON)
                .body("{\"configuredLevel\":\"TRACE\"}").exchange()
                .expectStatus().isForbidden();
        api.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        api.post().uri("/test/notes").contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"" + "x".repeat(2000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("too-large");
    }

    @Test
    void anUnexpectedErrorIsA500ThatRevealsNothing() {
        api.get().uri("/test/broken").exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("unexpected")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .doesNotContain("hunter2").doesNotContain("IllegalState"));
    }

    @Test
    void unknownFieldsAndOperatorObjectsAreRefusedAndDomainConflictsNamed() {
        api.post().uri("/test/notes").contentType(MediaType.APPLICATION_JSON).body("{\"text\":\"hi\",\"chainId\":\"x\"}")
                .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.post().uri("/test/notes").contentType(MediaType.APPLICATION_JSON).body("{\"text\":{\"$gt\":\"\"}}")
                .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.get().uri("/test/conflict").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("slot-taken");
    }
}
