package com.stillpoint.localstack.platform;

import com.stillpoint.localstack.ConsoleClient;
import com.stillpoint.localstack.DevConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

@DevConsoleTest
class ConsoleHomeTest {

    @LocalServerPort
    int port;

    @Autowired
    PlatformProperties properties;

    @Test
    void localStackYmlConfiguresTheAuthServerFirstAndTheServicesAfterIt() {
        assertThat(properties.services()).extracting(ServiceDefinition::name)
                .containsExactly("auth-server", "booking-service", "intake-service", "notification-service",
                        "admin-console");
        ServiceDefinition booking = properties.services().get(1);
        assertThat(booking.jar()).isEqualTo("booking-service/target/booking-service-0.1.0-SNAPSHOT-exec.jar");
        assertThat(booking.port()).isEqualTo(8081);
        assertThat(booking.healthUrl()).isEqualTo(URI.create("http://127.0.0.1:8081/actuator/health"));
        assertThat(booking.dependsOn()).containsExactly("auth-server");
    }

    @Test
    void theHomePageListsEveryPartOfThePlatform() {
        String page = new ConsoleClient(port).get("/").body();

        assertThat(page).contains("Launching is off")
                .contains("Kafka").contains("127.0.0.1:9092")
                .contains("MongoDB").contains("mongodb://127.0.0.1:27017")
                .contains("booking-service").contains("http://localhost:8081")
                .contains("not started");
    }
}
