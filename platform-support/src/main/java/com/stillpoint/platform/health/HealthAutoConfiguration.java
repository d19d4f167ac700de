package com.stillpoint.platform.health;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.concurrent.TimeUnit;

/**
 * Health of the two servers every service needs, which the readiness probe includes: a service that cannot reach
 * Kafka or MongoDB should get no traffic. The MongoDB check pings the service's own database: Boot's own check
 * asks for {@code hello}, which mongo-java-server does not answer.
 */
@AutoConfiguration
public class HealthAutoConfiguration {

    private static final int TIMEOUT_MS = 3000;

    @Bean
    HealthIndicator mongoHealthIndicator(MongoOperations mongo) {
        return () -> Health.up().withDetail("ping", mongo.executeCommand(new Document("ping", 1)).get("ok")).build();
    }

    @Bean(destroyMethod = "close")
    AdminClient healthAdminClient(KafkaAdmin kafkaAdmin) {
        return AdminClient.create(kafkaAdmin.getConfigurationProperties());
    }

    @Bean
    HealthIndicator kafkaHealthIndicator(AdminClient healthAdminClient) {
        return () -> {
            try {
                int brokers = healthAdminClient.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                        .nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
                return Health.up().withDetail("brokers", brokers).build();
            } catch (Exception e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
