package com.stillpoint.console.deadletters;

import com.stillpoint.console.ConsoleProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;

/**
 * Reads the dead-letter topics and puts a dead letter back on its original topic. Reading assigns partitions
 * directly, without a consumer group, so looking commits nothing and moves no one's offsets.
 */
@Component
class DeadLetterTopics implements DisposableBean {

    static final String SUFFIX = ".DLT";
    private static final String DLT_HEADER_PREFIX = "kafka_dlt-";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerConfig;
    private final KafkaProducer<byte[], byte[]> producer;
    private final int limit;

    DeadLetterTopics(KafkaProperties kafka, ConsoleProperties properties) {
        this.consumerConfig = kafka.buildConsumerProperties();
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.producer = new KafkaProducer<>(kafka.buildProducerProperties(), new ByteArraySerializer(),
                new ByteArraySerializer());
        this.limit = properties.deadLetterLimit();
    }

    /** The latest records of every dead-letter topic on the broker, newest first. */
    List<DeadLetter> latest() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.listTopics(READ_TIMEOUT).entrySet().stream()
                    .filter(topic -> topic.getKey().endsWith(SUFFIX))
                    .flatMap(topic -> topic.getValue().stream())
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                    .toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            List<TopicPartition> holding = partitions.stream()
                    .filter(partition -> ends.get(partition) > beginnings.get(partition))
                    .toList();
            consumer.assign(holding);
            holding.forEach(partition -> consumer.seek(partition,
                    Math.max(beginnings.get(partition), ends.get(partition) - limit)));
            List<DeadLetter> letters = new ArrayList<>();
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (holding.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))
                    && Instant.now().isBefore(deadline)) {
                consumer.poll(POLL).forEach(record -> {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        letters.add(DeadLetter.of(record));
                    }
                });
            }
            letters.sort(Comparator.comparing(DeadLetter::time).reversed());
            return letters;
        }
    }

    /** The dead letter at {@code ref}, with its key, value and headers. */
    Optional<ConsumerRecord<byte[], byte[]>> read(DeadLetter.Ref ref) {
        if (!ref.topic().endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition partition = new TopicPartition(ref.topic(), ref.partition());
            if (consumer.partitionsFor(ref.topic(), READ_TIMEOUT).stream()
                    .noneMatch(info -> info.partition() == ref.partition())) {
                return Optional.empty();
            }
            consumer.assign(List.of(partition));
            consumer.seek(partition, ref.offset());
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (consumer.position(partition) <= ref.offset() && Instant.now().isBefore(deadline)) {
                Optional<ConsumerRecord<byte[], byte[]>> found = StreamSupport.stream(
                                consumer.poll(POLL).records(partition).spliterator(), false)
                        .filter(record -> record.offset() == ref.offset())
                        .findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Sends the dead letter's key, value and event headers to {@code topic} again; Spring Kafka's dead-letter
     * headers stay behind. The key picks the partition, as it did for the original.
     */
    void republish(ConsumerRecord<byte[], byte[]> letter, String topic) {
        RecordHeaders headers = new RecordHeaders();
        letter.headers().forEach(header -> {
            if (!header.key().startsWith(DLT_HEADER_PREFIX)) {
                headers.add(header);
            }
        });
        try {
            producer.send(new ProducerRecord<>(topic, null, letter.key(), letter.value(), headers))
                    .get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not take the replayed record", e);
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }
}
