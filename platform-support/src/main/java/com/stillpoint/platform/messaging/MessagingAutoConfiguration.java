package com.stillpoint.platform.messaging;

import com.stillpoint.contracts.Topic;
import com.stillpoint.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The Kafka side of the event backbone, the same in every service: the wire format, the inbox, bounded blocking
 * retries with a dead-letter topic per topic, and the platform's topics.
 */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    /** Values are read by their {@code ce_type}; a record that cannot be read becomes a dead letter, not a crash loop. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer eventDeserialization(EventJson eventJson) {
        Supplier<Deserializer<Object>> values = () -> new ErrorHandlingDeserializer<>(
                new JacksonJsonDeserializer<>(eventJson.mapper()).typeFunction(eventJson::javaTypeOf));
        return factory -> factory.setValueDeserializerSupplier(cast(values));
    }

    /**
     * The relay sends payloads already serialised (bytes); the dead-letter recoverer sends whatever the listener
     * received: the raw bytes of an unreadable record, or the event itself.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer eventSerialization(EventJson eventJson) {
        JacksonJsonSerializer<Object> json = new JacksonJsonSerializer<>(eventJson.mapper());
        json.setAddTypeInfo(false);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, json);
        Supplier<Serializer<Object>> values = () -> new DelegatingByTypeSerializer(byType, true);
        return factory -> factory.setValueSerializerSupplier(cast(values));
    }

    @Bean
    EventMetrics eventMetrics(MeterRegistry registry) {
        return new EventMetrics(registry);
    }

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaOperations<Object, Object> kafka, MessagingProperties properties,
                                                 EventMetrics metrics) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> {
                    metrics.deadLettered(record.topic(), InboxRecordInterceptor.typeOf(record));
                    return new TopicPartition(Topic.deadLetterOf(record.topic()), -1);
                });
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.retryInitialInterval().toMillis());
        backOff.setMultiplier(2);
        backOff.setMaxInterval(properties.retryInitialInterval().toMillis() * 10);
        return new DefaultErrorHandler(deadLetters, backOff);
    }

    @Bean
    ProcessedEvents processedEvents(MongoOperations mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }

    @Bean
    RecordInterceptor<Object, Object> inboxRecordInterceptor(ProcessedEvents processedEvents, EventMetrics metrics) {
        return new InboxRecordInterceptor(processedEvents, metrics);
    }

    /** Every service declares every topic the same way, so whichever starts first creates them identically. */
    @Bean
    KafkaAdmin.NewTopics platformTopics(MessagingProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> Stream.of(newTopic(topic.name(), topic.compacted(), properties),
                        newTopic(topic.deadLetter(), false, properties)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic newTopic(String name, boolean compacted, MessagingProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG,
                        compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE)
                .build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T cast(Supplier<?> supplier) {
        return (T) (Supplier) supplier;
    }
}
