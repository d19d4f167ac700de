package com.stillpoint.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real KRaft broker and a real MongoDB wire-protocol server, both in this JVM, on free ports. */
final class EmbeddedInfrastructure extends TestInfrastructure {

    private final EmbeddedKafkaKraftBroker kafka;
    // Outlives the server, so MongoDB can go away and come back with its data, as a restarted mongod does.
    private final MemoryBackend mongoData = new MemoryBackend() {
        @Override
        public void close() {
        }
    };
    private final int mongoPort;
    private final String mongoUri;
    private MongoServer mongo;

    EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 2);
        // Consumer groups in many test contexts come and go; don't make each wait 3 s for a rebalance.
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(mongoData);
        mongo.bind("127.0.0.1", 0);
        mongoPort = mongo.getLocalAddress().getPort();
        mongoUri = "mongodb://127.0.0.1:" + mongoPort;
    }

    @Override
    public InfrastructureKind kind() {
        return InfrastructureKind.EMBEDDED;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri() {
        return mongoUri;
    }

    @Override
    public synchronized Outage interruptMongo() {
        mongo.shutdownNow();
        return () -> {
            synchronized (this) {
                mongo = new MongoServer(mongoData);
                mongo.bind("127.0.0.1", mongoPort);
            }
        };
    }

    @Override
    synchronized void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
