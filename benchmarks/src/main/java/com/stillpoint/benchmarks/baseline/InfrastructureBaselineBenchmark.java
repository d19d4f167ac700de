package com.stillpoint.benchmarks.baseline;

import com.stillpoint.benchmarks.support.KafkaRoundTrip;
import com.stillpoint.benchmarks.support.MongoWrite;
import com.stillpoint.testing.TestInfrastructure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The raw infrastructure, for the JMH figures of the same run (availability search, reminder dispatch, intake): a
 * Kafka round trip and a Mongo write on the same kind of servers those benchmarks use (embedded broker,
 * mongo-java-server in memory), with plain clients. The process-level benchmarks measure the same two baselines
 * themselves ({@link com.stillpoint.benchmarks.support.Baselines}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class InfrastructureBaselineBenchmark {

    private KafkaRoundTrip kafka;
    private MongoWrite mongo;

    @Setup(Level.Trial)
    public void connect() {
        TestInfrastructure infrastructure = TestInfrastructure.selected();
        kafka = new KafkaRoundTrip(infrastructure.kafkaBootstrapServers());
        mongo = new MongoWrite(infrastructure.mongoUri());
    }

    @TearDown(Level.Trial)
    public void disconnect() {
        kafka.close();
        mongo.close();
    }

    @Benchmark
    public Duration rawKafkaRoundTrip() {
        return kafka.once();
    }

    @Benchmark
    public Duration rawMongoWrite() {
        return mongo.once();
    }
}
