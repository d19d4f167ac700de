package com.stillpoint.platform.backbone;

import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.platform.messaging.CloudEventRecords;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.TopicReader;
import org.apache.kafka.clients.producer.ProducerRecord;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaOperations;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

@SpringBootTest(classes = BackboneTestApplication.class, properties = {
        "spring.application.name=backbone-test",
        "spring.mongodb.database=backbone_test",
        "stillpoint.kafka.retries=2",
        "stillpoint.kafka.retry-initial-interval=20ms",
        "stillpoint.outbox.sweep-interval=1h"})
class EventBackboneTest {

    private static final String CHAIN = "chain-a";
    private static final String COLLECTION = "test_clinics";

    @Autowired
    AggregateStores stores;
    @Autowired
    MongoOperations mongo;
    @Autowired
    KafkaOperations<Object, Object> kafka;
    @Autowired
    RecordingListener listener;
    @Autowired
    EventJson eventJson;
    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry metrics;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    AggregateStore<TestClinic> clinics;
    TenantContext.Scope tenant;

    @BeforeEach
    void bindChain() {
        clinics = stores.create(TestClinic.class, COLLECTION);
        tenant = TenantContext.bind(CHAIN);
    }

    @AfterEach
    void unbindChain() {
        tenant.close();
    }

    @Test
    void storedEventsArePublishedInOrderWithTheirEnvelope() {
        String id = uniqueId();
        TestClinic clinic = clinics.insert(TestClinic.open(id, CHAIN, "name-0", clock));
        for (int i = 1; i <= 3; i++) {
            clinic.rename("name-" + i, clock);
            clinics.update(clinic);
        }

        await().untilAsserted(() -> assertThat(listener.eventsOf(id)).extracting(ClinicChanged::name)
                .containsExactly("name-0", "name-1", "name-2", "name-3"));
        RecordingListener.Received first = listener.received.stream()
                .filter(received -> received.event().clinicId().equals(id)).findFirst().orElseThrow();
        assertThat(first.headers()).containsEntry("type", "clinic.changed.v1")
                .containsEntry("id", first.event().eventId().toString())
                .containsEntry("source", "/stillpoint/backbone-test")
                .containsEntry("chain", CHAIN)
                .containsEntry("schemaVersion", "1")
                .containsEntry("subject", id);
        assertThat(first.boundChain()).isEqualTo(CHAIN);
        await().untilAsserted(() -> assertThat(rawDocument(id).getList("outbox", Document.class)).isEmpty());
        assertThat(clinics.get(id).version()).isEqualTo(4);
    }

    @Test
    void aStaleUpdateIsRefusedAndTheStoredStateKept() {
        String id = uniqueId();
        clinics.insert(TestClinic.open(id, CHAIN, "original", clock));
        TestClinic first = clinics.get(id);
        TestClinic second = clinics.get(id);

        first.rename("first", clock);
        clinics.update(first);
        second.rename("second", clock);

        assertThatThrownBy(() -> clinics.update(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(clinics.get(id).name()).isEqualTo("first");
        await().untilAsserted(() -> assertThat(listener.eventsOf(id)).extracting(ClinicChanged::name)
                .containsExactly("original", "first"));
    }

    @Test
    void aFieldClearedInMemoryIsClearedInStore() {
        String id = uniqueId();
        TestClinic clinic = TestClinic.open(id, CHAIN, "noted", clock);
        clinic.note("call ahead");
        clinics.insert(clinic);
        TestClinic loaded = clinics.get(id);
        loaded.note(null);
        clinics.update(loaded);

        assertThat(clinics.get(id).note()).isNull();
        assertThat(rawDocument(id)).doesNotContainKey("note");
    }

    @Test
    void anotherChainSeesNothing() {
        String id = uniqueId();
        clinics.insert(TestClinic.open(id, CHAIN, "private", clock));

        TenantContext.runAs("chain-b", () -> {
            assertThat(clinics.find(id)).isEmpty();
            assertThatThrownBy(() -> clinics.get(id)).isInstanceOf(NotFoundException.class);
            assertThat(clinics.find(new Query(where("name").is("private")))).isEmpty();
        });
        assertThat(clinics.find(id)).isPresent();
    }

    @Test
    void aQueryCannotNameItsOwnChainAndNothingRunsWithoutOne() {
        assertThatThrownBy(() -> clinics.collection().find(new Query(where("chainId").is("chain-b"))))
                .isInstanceOf(RuntimeException.class);
        tenant.close();
        assertThatThrownBy(() -> clinics.find(uniqueId())).isInstanceOf(IllegalStateException.class);
        tenant = TenantContext.bind(CHAIN);
    }

    @Test
    void anEventDeliveredTwiceIsHandledOnce() throws Exception {
        String id = uniqueId();
        ClinicChanged event = new ClinicChanged(UUID.randomUUID(), clock.instant(), CHAIN, id, "twice",
                java.time.ZoneId.of("America/Vancouver"), "+16045550100", "somewhere");
        String probeId = uniqueId();
        ClinicChanged probe = new ClinicChanged(UUID.randomUUID(), clock.instant(), CHAIN, probeId, "probe",
                java.time.ZoneId.of("America/Vancouver"), "+16045550100", "somewhere");

        send(record(event));
        send(record(event));
        send(record(probe));

        await().untilAsserted(() -> assertThat(listener.eventsOf(probeId)).hasSize(1));
        assertThat(listener.eventsOf(id)).hasSize(1);
        assertThat(metrics.get("stillpoint.events.processed").tags("consumer", "backbone-test",
                "outcome", "duplicate-skipped").counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unreadableAndFailingRecordsGoToTheDeadLetterTopicWhileThePartitionMovesOn() throws Exception {
        String poisonKey = uniqueId();
        ProducerRecord<Object, Object> garbage = new ProducerRecord<>(Topics.REFERENCE.name(), poisonKey,
                "{not json".getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(garbage.headers(), CloudEventHeaders.TYPE, "clinic.changed.v1");
        String untypedKey = uniqueId();
        ProducerRecord<Object, Object> untyped = new ProducerRecord<>(Topics.REFERENCE.name(), untypedKey,
                "{}".getBytes(StandardCharsets.UTF_8));
        String failingId = uniqueId();
        ClinicChanged failing = new ClinicChanged(UUID.randomUUID(), clock.instant(), CHAIN, failingId, "fail",
                java.time.ZoneId.of("America/Vancouver"), "+16045550100", "somewhere");
        String afterId = uniqueId();

        send(garbage);
        send(untyped);
        send(record(failing));
        clinics.insert(TestClinic.open(afterId, CHAIN, "after the poison", clock));

        await().untilAsserted(() -> assertThat(listener.eventsOf(afterId)).hasSize(1));
        try (TopicReader deadLetters = TopicReader.of(bootstrapServers, Topics.REFERENCE.deadLetter())) {
            deadLetters.awaitRecord(TopicReader.keyed(untypedKey));
            deadLetters.awaitRecord(TopicReader.keyed(failingId));
            assertThat(deadLetters.awaitRecord(TopicReader.keyed(poisonKey)).value()).isEqualTo("{not json");
        }
        assertThat(metrics.get("stillpoint.events.dead-lettered").tags("topic", Topics.REFERENCE.name())
                .counters().stream().mapToDouble(counter -> counter.count()).sum())
                .as("the three dead letters of this test").isGreaterThanOrEqualTo(3);
        assertThat(metrics.get("stillpoint.events.failed").tags("consumer", "backbone-test").counter().count())
                .as("the failing listener's attempts").isGreaterThanOrEqualTo(3);
        assertThat(listener.eventsOf(failingId)).isEmpty();
    }

    @Test
    void theSweepPublishesEventsTheImmediatePublishMissed() throws Exception {
        String id = uniqueId();
        ClinicChanged leftBehind = new ClinicChanged(UUID.randomUUID(), clock.instant(), CHAIN, id, "left behind",
                java.time.ZoneId.of("America/Vancouver"), "+16045550100", "somewhere");
        mongo.insert(new Document("_id", id).append("chainId", CHAIN).append("version", 1L)
                .append("name", "left behind")
                .append("outbox", List.of(new Document("eventId", leftBehind.eventId().toString())
                        .append("type", "clinic.changed.v1").append("topic", Topics.REFERENCE.name())
                        .append("key", id).append("chainId", CHAIN)
                        .append("occurredAt", java.util.Date.from(leftBehind.occurredAt()))
                        .append("payload", eventJson.write(leftBehind)))), COLLECTION);

        assertThat(outboxRelaySweep()).isGreaterThanOrEqualTo(1);
        assertThat(metrics.get("stillpoint.outbox.lag").tag("collection", COLLECTION).gauge().value())
                .as("seconds the left-behind event waited").isGreaterThanOrEqualTo(0);
        assertThat(metrics.get("stillpoint.outbox.published").tag("collection", COLLECTION).counter().count())
                .isGreaterThanOrEqualTo(1);

        await().untilAsserted(() -> assertThat(listener.eventsOf(id)).hasSize(1));
        assertThat(rawDocument(id).getList("outbox", Document.class)).isEmpty();
    }

    @Autowired
    com.stillpoint.platform.aggregate.OutboxRelay relay;

    private int outboxRelaySweep() {
        return relay.sweep();
    }

    private ProducerRecord<Object, Object> record(ClinicChanged event) {
        return CloudEventRecords.of(event, eventJson, "/test");
    }

    private void send(ProducerRecord<Object, Object> record) throws Exception {
        kafka.send(record).get();
    }

    private Document rawDocument(String id) {
        return mongo.findOne(new Query(where("_id").is(id)), Document.class, COLLECTION);
    }

    private static String uniqueId() {
        return "clinic-" + UUID.randomUUID();
    }
}
