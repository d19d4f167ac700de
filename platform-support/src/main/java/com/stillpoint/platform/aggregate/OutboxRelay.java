package com.stillpoint.platform.aggregate;

import com.stillpoint.platform.messaging.CloudEventRecords;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the events waiting in aggregate documents, in the order they were stored, keyed by their subject, and
 * then removes them from the document.
 *
 * <p>A stored change triggers a publish at once, off the request thread, so a slow broker never slows a booking.
 * A periodic sweep catches whatever that missed (a crash, a broker outage). Two publishers racing on one document
 * can only send an event twice, which consumers absorb; an event is removed only after the broker acknowledged it.
 */
public class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING_FIELD = AggregateStore.OUTBOX + ".eventId";
    private static final int SWEEP_BATCH = 500;

    private final MongoOperations mongo;
    private final KafkaOperations<Object, Object> kafka;
    private final String source;
    private final Duration sendTimeout;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Map<String, Backlog> backlogs = new ConcurrentHashMap<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;

    /** What the last sweep found waiting in one collection. */
    private record Backlog(int documents, Instant oldest) {
    }

    OutboxRelay(MongoOperations mongo, KafkaOperations<Object, Object> kafka, String source, Duration sendTimeout,
                int threads, MeterRegistry metrics, Clock clock) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.source = source;
        this.sendTimeout = sendTimeout;
        this.metrics = metrics;
        this.clock = clock;
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The sweep's index. It is the one index that does not lead with {@code chainId}: the relay is a
     * background process that works across tenants and never reads the state, only pending events.
     */
    static Index pendingIndex() {
        return new Index().on(PENDING_FIELD, Sort.Direction.ASC).sparse().named("outbox_pending");
    }

    /**
     * Starts sweeping a collection, with its backlog gauges: {@code stillpoint.outbox.pending} (documents with
     * unpublished events) and {@code stillpoint.outbox.lag} (seconds since the oldest unpublished event occurred),
     * as of the last sweep.
     */
    void watch(String collection) {
        if (backlogs.putIfAbsent(collection, new Backlog(0, null)) == null) {
            Gauge.builder("stillpoint.outbox.pending", () -> backlogs.get(collection).documents())
                    .tag("collection", collection).register(metrics);
            Gauge.builder("stillpoint.outbox.lag", () -> lagSeconds(backlogs.get(collection)))
                    .tag("collection", collection).baseUnit("seconds").register(metrics);
        }
    }

    /** Asks for a publish of one document soon. Requests for a document already queued are merged. */
    void publishSoon(String collection, String id) {
        String key = collection + "/" + id;
        if (queued.add(key)) {
            executor.execute(() -> {
                queued.remove(key);
                publishQuietly(collection, id);
            });
        }
    }

    /** Publishes everything pending in every watched collection; returns how many events went out. */
    public int sweep() {
        int published = 0;
        for (String collection : backlogs.keySet()) {
            Query pending = new Query(where(PENDING_FIELD).exists(true)).limit(SWEEP_BATCH);
            pending.fields().include("_id").include(AggregateStore.OUTBOX + ".occurredAt");
            List<Document> documents = mongo.find(pending, Document.class, collection);
            backlogs.put(collection, new Backlog(documents.size(), oldestOf(documents)));
            for (Document document : documents) {
                published += publishQuietly(collection, String.valueOf(document.get("_id")));
            }
        }
        return published;
    }

    private static Instant oldestOf(List<Document> documents) {
        return documents.stream()
                .flatMap(document -> document.getList(AggregateStore.OUTBOX, Document.class, List.of()).stream())
                .map(entry -> entry.getDate("occurredAt").toInstant())
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private double lagSeconds(Backlog backlog) {
        return backlog.oldest() == null ? 0 : Duration.between(backlog.oldest(), clock.instant()).toMillis() / 1000.0;
    }

    private int publishQuietly(String collection, String id) {
        try {
            return publish(collection, id);
        } catch (RuntimeException e) {
            log.warn("Outbox of {} {} not published yet; the sweep will retry: {}", collection, id, e.toString());
            return 0;
        }
    }

    int publish(String collection, String id) {
        Query byId = new Query(where("_id").is(id));
        byId.fields().include(AggregateStore.OUTBOX);
        Document document = mongo.findOne(byId, Document.class, collection);
        List<Document> outbox = document == null ? List.of() : document.getList(AggregateStore.OUTBOX, Document.class, List.of());
        if (outbox.isEmpty()) {
            return 0;
        }
        List<OutboxEntry> entries = outbox.stream().map(OutboxEntry::fromDocument).toList();
        List<CompletableFuture<?>> sends = entries.stream().<CompletableFuture<?>>map(entry -> kafka.send(recordOf(entry))).toList();
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                sends.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(entries.get(i).eventId());
            } catch (Exception e) {
                log.warn("Event {} of {} {} not acknowledged: {}", entries.get(i).eventId(), collection, id, e.toString());
                break;
            }
        }
        metrics.counter("stillpoint.outbox.published", "collection", collection).increment(acknowledged.size());
        if (!acknowledged.isEmpty()) {
            mongo.updateFirst(new Query(where("_id").is(id)),
                    new Update().pull(AggregateStore.OUTBOX, new Document("eventId", new Document("$in", acknowledged))),
                    collection);
        }
        return acknowledged.size();
    }

    private ProducerRecord<Object, Object> recordOf(OutboxEntry entry) {
        return CloudEventRecords.of(entry.topic(), entry.key(), entry.eventId(), entry.type(), entry.occurredAt(),
                entry.chainId(), entry.payload(), source, entry.correlationId());
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(sendTimeout.toSeconds() + 1, TimeUnit.SECONDS);
    }
}
