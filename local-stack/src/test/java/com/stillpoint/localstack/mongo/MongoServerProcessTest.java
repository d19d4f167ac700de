package com.stillpoint.localstack.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.stillpoint.testing.FreePorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class MongoServerProcessTest {

    @TempDir
    Path directory;

    @Test
    void documentsWrittenWithTheDriverSurviveAGracefulRestart() {
        Path databaseFile = directory.resolve("mongo").resolve("stillpoint.mv");
        MongoServerSettings settings = new MongoServerSettings(FreePorts.next(), databaseFile,
                directory.resolve("mongo.log"), Duration.ofSeconds(30));
        try (MongoServerProcess mongo = new MongoServerProcess(settings).start()) {
            withClients(mongo, clients ->
                    clients.insertOne(new Document("_id", "client-1").append("firstName", "Sam")));

            mongo.restart();

            assertThat(Files.exists(databaseFile)).isTrue();
            Document client = withClients(mongo, clients -> clients.find(eq("_id", "client-1")).first());
            assertThat(client).isNotNull();
            assertThat(client.getString("firstName")).isEqualTo("Sam");
        }
    }

    private static <T> T withClients(MongoServerProcess mongo, Function<MongoCollection<Document>, T> work) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            return work.apply(client.getDatabase("booking").getCollection("clients"));
        }
    }
}
