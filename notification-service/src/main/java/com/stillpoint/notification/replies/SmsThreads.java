package com.stillpoint.notification.replies;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The last text sent to each phone number, keyed by the number: a reply arrives with nothing but the number it
 * came from, and answers the last text that number received, as in any text conversation. The thread is what binds
 * the reply to a chain and a client, the way a link binds its chain; it holds ids only.
 */
@Repository
public class SmsThreads {

    static final String COLLECTION = "sms_threads";

    private final MongoOperations mongo;

    SmsThreads(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** @param appointmentId the appointment the text was about, or {@code null} */
    public record Thread(String chainId, String clientId, String appointmentId, Instant lastSentAt) {
    }

    public void sent(String phone, String chainId, String clientId, String appointmentId, Instant at) {
        mongo.upsert(new Query(where("_id").is(phone)), new Update().set("chainId", chainId).set("clientId", clientId)
                .set("appointmentId", appointmentId).set("lastSentAt", Date.from(at)), COLLECTION);
    }

    public Optional<Thread> with(String phone) {
        Document thread = mongo.findOne(new Query(where("_id").is(phone)), Document.class, COLLECTION);
        return Optional.ofNullable(thread).map(found -> new Thread(found.getString("chainId"),
                found.getString("clientId"), found.getString("appointmentId"), found.getDate("lastSentAt").toInstant()));
    }
}
