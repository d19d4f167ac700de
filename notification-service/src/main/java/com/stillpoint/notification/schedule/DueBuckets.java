package com.stillpoint.notification.schedule;

import com.stillpoint.platform.tenancy.TenantRef;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The dispatcher's work list, addressed by key: one document per UTC minute ({@code _id} {@code yyyyMMddHHmm})
 * listing the messages that fall due, or whose lease ends, in that minute. A poll reads the minutes since its
 * watermark with one exact-key {@code $in}, which both MongoDB and mongo-java-server answer from the {@code _id}
 * index; no query ever scans messages by status and time.
 *
 * <p>The index is written before the message it points to, so a crash in between leaves an entry pointing at
 * nothing (harmless), never a due message that no bucket lists. It works across chains, like the outbox sweep:
 * each entry carries the message's chain, and the dispatcher acts on it inside that chain. Entries hold ids only.
 */
@Component
public class DueBuckets {

    static final String BUCKETS = "due_buckets";
    static final String WATERMARKS = "due_watermarks";
    private static final String REFS = "refs";
    private static final String SEPARATOR = "|";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);

    private final MongoOperations mongo;

    DueBuckets(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** A minute's bucket and the messages it lists. */
    public record Bucket(String minute, List<TenantRef> refs) {
    }

    public static String minuteOf(Instant instant) {
        return MINUTE.format(instant);
    }

    /** The minute after, as a key. */
    public static String next(String minute) {
        return minuteOf(startOf(minute).plus(1, ChronoUnit.MINUTES));
    }

    public static Instant startOf(String minute) {
        return LocalDateTime.parse(minute, MINUTE).toInstant(ZoneOffset.UTC);
    }

    /** Lists a message in the bucket of the minute {@code at} falls in. */
    void add(Instant at, String chainId, String messageId) {
        mongo.upsert(new Query(where("_id").is(minuteOf(at))), new Update().addToSet(REFS, chainId + SEPARATOR + messageId),
                BUCKETS);
    }

    public List<Bucket> read(Collection<String> minutes) {
        List<Bucket> buckets = new ArrayList<>();
        for (Document document : mongo.find(new Query(where("_id").in(minutes)), Document.class, BUCKETS)) {
            List<TenantRef> refs = document.getList(REFS, String.class, List.of()).stream()
                    .map(DueBuckets::refOf).toList();
            buckets.add(new Bucket(document.getString("_id"), refs));
        }
        buckets.sort(Comparator.comparing(Bucket::minute));
        return buckets;
    }

    /** Takes handled messages off a bucket, and drops the bucket once nothing is left in it. */
    public void remove(String minute, Collection<TenantRef> handled) {
        if (!handled.isEmpty()) {
            mongo.updateFirst(new Query(where("_id").is(minute)),
                    new Update().pullAll(REFS, handled.stream().map(ref -> ref.chainId() + SEPARATOR + ref.id()).toArray()),
                    BUCKETS);
        }
        mongo.remove(new Query(where("_id").is(minute).and(REFS).size(0)), BUCKETS);
    }

    /** The first minute a dispatcher named {@code name} has not yet fully worked through. */
    public Optional<String> watermark(String name) {
        Document document = mongo.findOne(new Query(where("_id").is(name)), Document.class, WATERMARKS);
        return Optional.ofNullable(document).map(found -> found.getString("minute"));
    }

    /**
     * Moves the watermark from what the caller read to a new minute; of concurrent pollers only one moves it, and
     * the others' work is simply looked at again next time.
     */
    public void advanceWatermark(String name, Optional<String> read, String to) {
        if (read.isEmpty()) {
            try {
                mongo.insert(new Document("_id", name).append("minute", to), WATERMARKS);
            } catch (DuplicateKeyException anotherPollerWasFirst) {
                // It set one; ours is looked at again from there.
            }
            return;
        }
        mongo.updateFirst(new Query(where("_id").is(name).and("minute").is(read.get())),
                new Update().set("minute", to), WATERMARKS);
    }

    private static TenantRef refOf(String entry) {
        int separator = entry.indexOf(SEPARATOR);
        return new TenantRef(entry.substring(0, separator), entry.substring(separator + 1));
    }
}
