package com.stillpoint.console.deadletters;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which dead letters were replayed, by whom and when: one document per dead-letter record, keyed by its topic,
 * partition and offset, so a record can be replayed only once (the unique {@code _id} decides between two admins
 * pressing the button at once). The console reads across chains by design; each document names its chain.
 */
@Repository
class Replays {

    static final String COLLECTION = "dead_letter_replays";

    private final MongoOperations mongo;

    Replays(MongoOperations mongo) {
        this.mongo = mongo;
    }

    record Replay(@Id String id, String chainId, String eventId, String replayedTo, String replayedBy,
                  Instant replayedAt) {
    }

    /** @return false if the record was replayed before */
    boolean claim(Replay replay) {
        try {
            mongo.insert(replay, COLLECTION);
            return true;
        } catch (DuplicateKeyException replayedBefore) {
            return false;
        }
    }

    /** Forgets a claim whose record never reached the broker, so it can be tried again. */
    void release(String id) {
        mongo.remove(new Query(where("_id").is(id)), COLLECTION);
    }

    Optional<Replay> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Replay.class, COLLECTION));
    }

    Map<String, Replay> find(Collection<String> ids) {
        return mongo.find(new Query(where("_id").in(ids)), Replay.class, COLLECTION).stream()
                .collect(Collectors.toMap(Replay::id, Function.identity()));
    }
}
