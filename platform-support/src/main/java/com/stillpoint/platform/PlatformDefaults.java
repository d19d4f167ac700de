package com.stillpoint.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Settings every service needs, added with the lowest precedence so a service or its deployment can still
 * override any of them.
 *
 * <p>Only platform services get them: applications configured from {@code application.*}. The auth server and the
 * local-stack console name their own configuration file, and tests start the auth server inside a service's JVM,
 * where these defaults (a readiness group of Kafka and MongoDB, say) would make no sense.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            // RFC 9457 for every error; unknown JSON fields (mass assignment) are refused, not ignored.
            Map.entry("spring.mvc.problemdetails.enabled", "true"),
            Map.entry("spring.jackson.deserialization.fail-on-unknown-properties", "true"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "never"),
            // A new consumer group must see the whole history of the compacted projection topics.
            Map.entry("spring.kafka.consumer.group-id", "${spring.application.name}"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            Map.entry("spring.kafka.producer.acks", "all"),
            Map.entry("spring.kafka.producer.properties.enable.idempotence", "true"),
            // A broker outage must fail a publish within seconds (the outbox retries), not block a thread for a minute.
            Map.entry("spring.kafka.producer.properties.max.block.ms", "10000"),
            Map.entry("spring.kafka.producer.properties.request.timeout.ms", "5000"),
            Map.entry("spring.kafka.producer.properties.delivery.timeout.ms", "9000"),
            Map.entry("spring.mongodb.representation.uuid", "standard"),
            // Readiness needs Kafka and MongoDB; Boot's own MongoDB check is replaced (see HealthAutoConfiguration).
            Map.entry("management.health.mongodb.enabled", "false"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.endpoint.health.group.readiness.include", "readinessState,mongo,kafka"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus,metrics,loggers"),
            // JSON log lines (profile json-logs) are redacted like plain ones.
            Map.entry("logging.structured.json.customizer", "com.stillpoint.platform.logging.RedactedJsonMembers"),
            // Cookies belong to a host, not a port: on localhost every staff-page service and the identity provider
            // would share (and overwrite) one JSESSIONID, losing the sign-in in flight. Each application names its own.
            Map.entry("server.servlet.session.cookie.name", "${spring.application.name}-session"),
            // Indexes are declared in code, next to the queries they serve.
            Map.entry("spring.data.mongodb.auto-index-creation", "false"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"application".equals(environment.getProperty("spring.config.name", "application"))) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource("stillpoint-platform-defaults", DEFAULTS));
    }
}
