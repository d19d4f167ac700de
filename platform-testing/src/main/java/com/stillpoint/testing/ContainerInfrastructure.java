package com.stillpoint.testing;

import com.github.dockerjava.api.DockerClient;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The production servers in Docker: Apache Kafka in KRaft mode and MongoDB as a single-node replica set. */
final class ContainerInfrastructure extends TestInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String MONGO_IMAGE = "mongo:8.0";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();

    ContainerInfrastructure() {
        kafka.start();
        mongo.start();
    }

    @Override
    public InfrastructureKind kind() {
        return InfrastructureKind.CONTAINERS;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getReplicaSetUrl();
    }

    /** A paused container answers nothing: connections hang or time out, as across a partition. */
    @Override
    public Outage interruptMongo() {
        DockerClient docker = mongo.getDockerClient();
        docker.pauseContainerCmd(mongo.getContainerId()).exec();
        return () -> docker.unpauseContainerCmd(mongo.getContainerId()).exec();
    }

    @Override
    void stop() {
        kafka.stop();
        mongo.stop();
    }
}
