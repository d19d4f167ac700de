package com.stillpoint.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real KRaft broker and a real MongoDB wire-protocol server, both in this JVM, on free ports. */
final class EmbeddedInfrastructure extends TestInfrastructure {

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final String mongoUri;

    EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 2);
        // Consumer groups in many test contexts come and go; don't make each wait 3 s for a rebalance.
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoUri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
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
    void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
