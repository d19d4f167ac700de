package com.stillpoint.console.support;

import com.stillpoint.auth.SharedAuthServer;
import com.stillpoint.console.AdminConsoleApplication;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The one context the console's tests share: the console on a random port against the embedded broker and
 * mongo-java-server, staff signing in at the shared auth server. The services it watches are not running here
 * (their address refuses connections), so the dashboard shows them as not available; each service tests its own
 * figures. {@code summit} is the operator chain, so summit.admin sees everything and chain.admin only harbour.
 */
@SpringBootTest(classes = AdminConsoleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "stillpoint.console.operator-chain=summit",
                "stillpoint.console.services[0].name=booking-service",
                "stillpoint.console.services[0].url=http://127.0.0.1:9",
                "stillpoint.console.services[0].figures-path=/api/figures"})
public abstract class ConsoleTest {

    public static final String HARBOUR = "harbour";
    public static final String SUMMIT = "summit";

    private static KafkaProducer<byte[], byte[]> producer;

    @DynamicPropertySource
    static void staffSignIn(DynamicPropertyRegistry registry) {
        SharedAuthServer.staffSignIn().forEach(registry::add);
    }

    @LocalServerPort
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    protected URI console() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** A dead letter as Spring Kafka's recoverer writes one: the record, its event headers, and why it failed. */
    public record DeadLetterSent(String eventId, String key, String value, int partition, long offset) {
    }

    protected DeadLetterSent deadLetter(String chainId) {
        String eventId = UUID.randomUUID().toString();
        String key = "appt-" + UUID.randomUUID();
        String value = "{\"eventId\":\"" + eventId + "\",\"chainId\":\"" + chainId
                + "\",\"contact\":\"payload-marker ada@example.test\"}";
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(eventId));
        headers.add("ce_type", bytes("appointment.booked.v1"));
        headers.add("ce_source", bytes("/booking-service"));
        headers.add("ce_chainid", bytes(chainId));
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, bytes("booking.appointments"));
        headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(0).array());
        headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(42).array());
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN,
                bytes("org.springframework.kafka.listener.ListenerExecutionFailedException"));
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, bytes("exception-marker for ada@example.test"));
        try {
            RecordMetadata sent = producer().send(new ProducerRecord<>("booking.appointments.DLT", null, bytes(key),
                    bytes(value), headers)).get();
            return new DeadLetterSent(eventId, key, value, sent.partition(), sent.offset());
        } catch (Exception e) {
            throw new IllegalStateException("Could not write a dead letter", e);
        }
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers), new ByteArraySerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
