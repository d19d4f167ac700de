package com.stillpoint.intake.support;

import com.stillpoint.auth.SharedAuthServer;
import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.contracts.intake.SurveyRequested;
import com.stillpoint.intake.IntakeApplication;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.messaging.CloudEventRecords;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * The one Spring context all intake tests share: the whole service on a random port against the embedded broker,
 * mongo-java-server, the test token issuer (staff APIs) and the shared auth server (staff page sign-in). Every
 * simulated client comes from 127.0.0.1, so the per-address link-page limit is raised far above what the whole suite
 * sends; the limiter itself is tested in platform-support and booking-service.
 */
@SpringBootTest(classes = IntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "stillpoint.links.requests-per-minute=1000000")
public abstract class IntakeServiceTest {

    @DynamicPropertySource
    static void staffSignIn(DynamicPropertyRegistry registry) {
        SharedAuthServer.staffSignIn().forEach(registry::add);
    }

    @LocalServerPort
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected KafkaOperations<Object, Object> kafka;
    @Autowired
    protected EventJson eventJson;
    @Autowired
    protected LinkSealer linkSealer;

    protected String base() {
        return "http://127.0.0.1:" + port;
    }

    protected ClientBrowser newClientBrowser() {
        return new ClientBrowser(base());
    }

    /** Books a session for the client, who then fills in the intake and signs the consent from their link. */
    protected AppointmentBooked completeIntake(AppointmentBooked booked, Map<String, Map<String, List<String>>> steps) {
        publish(booked);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(booked.appointmentId()));
        IntakeForms.fillAll(client, steps);
        IntakeForms.sign(client, "Ada Lovelace");
        awaitStatus(booked.appointmentId(), steps.get("medications").getOrDefault("anticoagulants", List.of())
                .contains("yes") ? IntakeReadiness.REVIEW_NEEDED : IntakeReadiness.READY);
        return booked;
    }

    protected void publish(IntegrationEvent event) {
        try {
            kafka.send(CloudEventRecords.of(event, eventJson, "/test")).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    protected TopicReader intakeEvents() {
        return TopicReader.of(bootstrapServers, Topics.INTAKE.name());
    }

    /** The link of the latest intake request for an appointment, as the client receives it. */
    protected URI awaitIntakeLink(String appointmentId, int nthRequest) {
        try (TopicReader events = intakeEvents()) {
            List<ConsumerRecord<String, String>> requested = events.awaitRecords(
                    ofType(IntakeEventTypes.INTAKE_REQUESTED.wireName(), appointmentId), nthRequest);
            return onTestServer(linkSealer.unseal(eventJson.read(requested.get(nthRequest - 1).value(),
                    IntakeRequested.class).sealedLink()));
        }
    }

    protected URI awaitIntakeLink(String appointmentId) {
        return awaitIntakeLink(appointmentId, 1);
    }

    protected SurveyRequested awaitSurveyRequested(String appointmentId) {
        try (TopicReader events = intakeEvents()) {
            return eventJson.read(events.awaitRecord(ofType(IntakeEventTypes.SURVEY_REQUESTED.wireName(),
                    appointmentId)).value(), SurveyRequested.class);
        }
    }

    protected URI surveyLinkOf(SurveyRequested requested) {
        return onTestServer(linkSealer.unseal(requested.sealedLink()));
    }

    /** Waits until the appointment's intake status has been published with this readiness. */
    protected IntakeStatusChanged awaitStatus(String appointmentId, IntakeReadiness readiness) {
        try (TopicReader events = intakeEvents()) {
            return eventJson.read(events.awaitRecord(ofType(IntakeEventTypes.INTAKE_STATUS_CHANGED.wireName(),
                    appointmentId).and(record -> eventJson.read(record.value(), IntakeStatusChanged.class)
                    .readiness() == readiness)).value(), IntakeStatusChanged.class);
        }
    }

    /**
     * The readiness values published for an appointment so far, in order, once the last one is in. Delivery is at
     * least once (the outbox may publish an event twice), so each event counts once, by its id, as consumers do.
     */
    protected List<IntakeReadiness> statusesOf(String appointmentId, IntakeReadiness last) {
        awaitStatus(appointmentId, last);
        try (TopicReader events = intakeEvents()) {
            events.awaitRecord(ofType(IntakeEventTypes.INTAKE_STATUS_CHANGED.wireName(), appointmentId));
            return events.readNow(ofType(IntakeEventTypes.INTAKE_STATUS_CHANGED.wireName(), appointmentId)).stream()
                    .map(record -> eventJson.read(record.value(), IntakeStatusChanged.class)).distinct()
                    .map(IntakeStatusChanged::readiness).toList();
        }
    }

    protected static Predicate<ConsumerRecord<String, String>> ofType(String wireName, String appointmentId) {
        return record -> wireName.equals(TopicReader.header(record, "ce_type"))
                && record.value().contains("\"appointmentId\":\"" + appointmentId + "\"");
    }

    protected URI onTestServer(URI link) {
        return URI.create(base() + link.getRawPath() + "?" + link.getRawQuery());
    }
}
