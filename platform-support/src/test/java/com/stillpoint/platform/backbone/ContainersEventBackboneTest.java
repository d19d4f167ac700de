package com.stillpoint.platform.backbone;

import com.stillpoint.testing.InfrastructureKind;
import com.stillpoint.testing.RunsOn;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The backbone tests against real Apache Kafka and a MongoDB replica set in Docker; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@RunsOn(InfrastructureKind.CONTAINERS)
class ContainersEventBackboneTest extends EventBackboneTest {
}
