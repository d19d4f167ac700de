package com.stillpoint.benchmarks.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;

/** The raw MongoDB baseline: one small document inserted with the plain driver, acknowledged by the server. */
public final class MongoWrite implements AutoCloseable {

    private final MongoClient client;
    private final MongoCollection<Document> collection;

    public MongoWrite(String mongoUri) {
        client = MongoClients.create(mongoUri);
        collection = client.getDatabase("benchmark_baseline").getCollection("writes");
    }

    /** One insert, timed. */
    public Duration once() {
        Document document = new Document("_id", UUID.randomUUID().toString()).append("at", new Date());
        long start = System.nanoTime();
        collection.insertOne(document);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        client.close();
    }
}
