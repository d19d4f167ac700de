package com.stillpoint.console.deadletters;

import com.stillpoint.platform.messaging.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;

/**
 * What the console shows of a dead letter: where it is, what event it was, where it came from and why it failed.
 * Never its payload or key beyond the event's ids: a payload may hold a client's contact details.
 *
 * @param exception the class of the exception that dead-lettered it (Spring Kafka's {@code kafka_dlt-exception-fqcn})
 */
public record DeadLetter(String topic, int partition, long offset, Instant time, String type, String eventId,
                         String chainId, String originalTopic, Integer originalPartition, Long originalOffset,
                         String exception) {

    /** Names one record of a dead-letter topic. */
    public record Ref(String topic, int partition, long offset) {

        public String id() {
            return topic + "/" + partition + "/" + offset;
        }
    }

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                text(headers, CloudEventHeaders.TYPE), text(headers, CloudEventHeaders.ID),
                text(headers, CloudEventHeaders.CHAIN_ID), text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                number(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION).map(ByteBuffer::getInt).orElse(null),
                number(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET).map(ByteBuffer::getLong).orElse(null),
                text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN));
    }

    public Ref ref() {
        return new Ref(topic, partition, offset);
    }

    private static String text(Headers headers, String name) {
        return CloudEventHeaders.read(headers, name).orElse(null);
    }

    /** Spring Kafka writes the original partition and offset as big-endian binary numbers. */
    private static Optional<ByteBuffer> number(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(ByteBuffer.wrap(header.value()));
    }
}
