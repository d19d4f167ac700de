package com.stillpoint.booking.appointments;

import com.stillpoint.testing.InfrastructureKind;
import com.stillpoint.testing.RunsOn;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The appointment API tests against real Apache Kafka and a MongoDB replica set in Docker; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@RunsOn(InfrastructureKind.CONTAINERS)
class ContainersAppointmentApiTest extends AppointmentApiTest {
}
