package com.stillpoint.localstack.kafka;

import com.stillpoint.testing.FreePorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaBrokerTest {

    private static final String TOPIC = "booking.appointments";

    @TempDir
    Path directory;

    @Test
    void aFreshBrokerRoundTripsRecordsAndKeepsThemAcrossARestart() throws Exception {
        KafkaBrokerSettings settings = new KafkaBrokerSettings(FreePorts.next(), FreePorts.next(),
                directory.resolve("kafka"), directory.resolve("kafka.log"), Duration.ofSeconds(60));
        try (KafkaBroker broker = new KafkaBroker(settings).start()) {
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                for (String appointment : List.of("appointment-1", "appointment-2", "appointment-3")) {
                    producer.send(new ProducerRecord<>(TOPIC, appointment, "booked " + appointment))
                            .get(30, TimeUnit.SECONDS);
                }
            }
            List<String> expected = List.of("booked appointment-1", "booked appointment-2", "booked appointment-3");
            assertThat(readAll(broker, expected.size())).containsExactlyElementsOf(expected);

            broker.restart();

            assertThat(broker.process().isAlive()).isTrue();
            assertThat(readAll(broker, expected.size())).containsExactlyElementsOf(expected);
        }
    }

    /** Reads the topic from the start in a new consumer group, as a service consuming for the first time does. */
    private static List<String> readAll(KafkaBroker broker, int expectedCount) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach((ConsumerRecord<String, String> record) ->
                        values.add(record.value()));
                return values.size() >= expectedCount;
            });
        }
        return values;
    }
}
