package com.stillpoint.platform.aggregate;

import com.stillpoint.platform.messaging.EventJson;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/** Aggregate stores with their outbox, and the relay that empties it. */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxRelay outboxRelay(MongoOperations mongo, KafkaOperations<Object, Object> kafka,
                            @Value("${spring.application.name}") String serviceName, OutboxProperties properties,
                            MeterRegistry metrics, Clock clock) {
        return new OutboxRelay(mongo, kafka, "/stillpoint/" + serviceName, properties.sendTimeout(), properties.threads(),
                metrics, clock);
    }

    @Bean
    AggregateStores aggregateStores(MongoOperations mongo, EventJson eventJson, OutboxRelay relay) {
        return new AggregateStores(mongo, eventJson, relay);
    }

    @Bean
    OutboxSweep outboxSweep(OutboxRelay relay) {
        return new OutboxSweep(relay);
    }

    /** The relay's safety net, on a schedule. */
    static class OutboxSweep {

        private final OutboxRelay relay;

        OutboxSweep(OutboxRelay relay) {
            this.relay = relay;
        }

        @Scheduled(initialDelayString = "${stillpoint.outbox.sweep-interval:5s}",
                fixedDelayString = "${stillpoint.outbox.sweep-interval:5s}")
        void sweep() {
            relay.sweep();
        }
    }
}
