package com.stillpoint.platform.messaging;

import com.stillpoint.contracts.IntegrationEvent;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The consumer inbox: which events each consumer group has processed. Its key is (group, event id) in
 * {@code _id}, so the unique index makes a second record impossible and a lookup is one index hit on both
 * MongoDB and mongo-java-server.
 */
public class ProcessedEvents {

    static final String COLLECTION = "inbox";
    /** Far longer than any redelivery; Kafka keeps records for days, not months. */
    private static final Duration RETENTION = Duration.ofDays(30);

    private final MongoOperations mongo;
    private final Clock clock;

    ProcessedEvents(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        // Housekeeping only (MongoDB expires old entries; mongo-java-server keeps them). Correctness never
        // depends on it: handlers' own writes are idempotent too.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("processedAt", Sort.Direction.ASC).expire(RETENTION));
    }

    public boolean contains(String consumerGroup, IntegrationEvent event) {
        return mongo.exists(new Query(where("_id").is(keyOf(consumerGroup, event))), COLLECTION);
    }

    public void record(String consumerGroup, IntegrationEvent event, String type) {
        try {
            mongo.insert(new Document("_id", keyOf(consumerGroup, event))
                    .append("chainId", event.chainId())
                    .append("consumer", consumerGroup)
                    .append("type", type)
                    .append("processedAt", Date.from(clock.instant())), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // A redelivery raced this one through the handler; both did the same idempotent work.
        }
    }

    private static String keyOf(String consumerGroup, IntegrationEvent event) {
        return consumerGroup + ":" + event.eventId();
    }
}
