package com.stillpoint.systemtests.endtoend;

import com.stillpoint.testing.InfrastructureKind;
import com.stillpoint.testing.RunsOn;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same end-to-end flow against real Apache Kafka and a MongoDB replica set in Docker; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@RunsOn(InfrastructureKind.CONTAINERS)
class ContainersBookingFlowEndToEndTest extends BookingFlowEndToEndTest {
}
