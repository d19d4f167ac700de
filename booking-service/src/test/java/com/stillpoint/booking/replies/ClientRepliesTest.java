package com.stillpoint.booking.replies;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.contracts.notification.ClientReplied;
import com.stillpoint.contracts.notification.ClientReply;
import com.stillpoint.platform.messaging.CloudEventRecords;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaOperations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clients' SMS replies, as notification-service publishes them: CONFIRM confirms the appointment, STOP and START
 * change the allowed channels and republish the profile, CANCEL changes nothing here; and each event handled
 * twice changes nothing more.
 */
class ClientRepliesTest extends BookingServiceTest {

    private static final java.util.concurrent.atomic.AtomicInteger PROBES = new java.util.concurrent.atomic.AtomicInteger();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    KafkaOperations<Object, Object> kafka;
    @Autowired
    EventJson eventJson;

    StaffApi desk;
    String clientId;

    @BeforeEach
    void newClient() {
        desk = new StaffApi(restClient(), StaffTokens.frontDesk());
        clientId = (String) desk.expect(desk.call(HttpMethod.POST, "/api/clients", Map.of("firstName", "Sam",
                "lastName", "Replier", "email", "sam-" + UUID.randomUUID() + "@example.test", "phone", "+16045550142",
                "locale", "en-CA", "timeZone", "America/Vancouver", "allowedChannels", List.of("EMAIL", "SMS"),
                "preferredChannel", "SMS", "channelByKind", Map.of("REMINDER", "SMS"))), HttpStatus.CREATED).get("id");
    }

    @Test
    void confirmConfirmsTheAppointmentOnceAndCancelChangesNothing() throws Exception {
        String id = (String) desk.expect(desk.create("/api/appointments", Map.of("clientId", clientId,
                "clinicId", "harbour-gastown", "serviceId", "harbour-sports-30", "therapistId", "harbour-jonah",
                "start", TestCalendar.daysAhead(64).atTime(16, 0).toString())), HttpStatus.CREATED).get("id");
        ClientReplied confirm = reply(ClientReply.CONFIRM, id);

        publish(confirm);
        await().untilAsserted(() -> assertThat(appointment(id).get("confirmed")).isEqualTo(true));
        long version = ((Number) appointment(id).get("version")).longValue();
        publish(confirm);
        publish(reply(ClientReply.CONFIRM, id));
        ClientReplied cancel = reply(ClientReply.CANCEL, id);
        publish(cancel);
        awaitProcessed(cancel);

        assertThat(((Number) appointment(id).get("version")).longValue()).isEqualTo(version);
        assertThat(appointment(id).get("status")).isEqualTo("BOOKED");
    }

    @Test
    void stopAndStartChangeTheAllowedChannelsAndRepublishTheProfile() throws Exception {
        ClientReplied stop = reply(ClientReply.STOP, null);
        publish(stop);

        await().untilAsserted(() -> assertThat(channels()).containsExactly("EMAIL"));
        assertThat(client().get("preferredChannel")).isEqualTo("EMAIL");
        assertThat((Map<?, ?>) client().get("channelByKind")).isEmpty();
        try (TopicReader profiles = TopicReader.of(bootstrapServers, Topics.CLIENTS.name())) {
            ClientProfileChanged changed = eventJson.read(profiles.awaitRecord(record -> clientId.equals(record.key())
                    && !record.value().contains("\"SMS\"")).value(), ClientProfileChanged.class);
            assertThat(changed.allowedChannels()).containsExactly(Channel.EMAIL);
        }
        publish(stop);
        ClientReplied start = reply(ClientReply.START, null);
        publish(start);

        await().untilAsserted(() -> assertThat(channels()).containsExactlyInAnyOrder("EMAIL", "SMS"));
        publish(start);
        awaitProcessed(start);
        assertThat(channels()).hasSize(2);
    }

    private ClientReplied reply(ClientReply reply, String appointmentId) {
        return new ClientReplied(UUID.randomUUID(), Instant.now(), "harbour", clientId, appointmentId, reply, Channel.SMS);
    }

    private void publish(IntegrationEvent event) throws Exception {
        kafka.send(CloudEventRecords.of(event, eventJson, "/stillpoint/notification-service")).get();
    }

    /** A later event of the same client is handled after this one: its partition is read in order. */
    private void awaitProcessed(ClientReplied event) throws Exception {
        String probeAppointment = (String) desk.expect(desk.create("/api/appointments", Map.of("clientId", clientId,
                "clinicId", "harbour-gastown", "serviceId", "harbour-sports-30", "therapistId", "harbour-jonah",
                "start", TestCalendar.daysAhead(65).atTime(9, 0).plusHours(PROBES.getAndIncrement()).toString())),
                HttpStatus.CREATED).get("id");
        publish(reply(ClientReply.CONFIRM, probeAppointment));
        await().untilAsserted(() -> assertThat(appointment(probeAppointment).get("confirmed")).isEqualTo(true));
    }

    private Map<?, ?> appointment(String id) {
        return desk.expect(desk.call(HttpMethod.GET, "/api/appointments/{id}", null, id), HttpStatus.OK);
    }

    private List<String> channels() {
        return ((List<?>) client().get("allowedChannels")).stream().map(String::valueOf).toList();
    }

    private Map<?, ?> client() {
        return desk.expect(desk.call(HttpMethod.GET, "/api/clients/{id}", null, clientId), HttpStatus.OK);
    }
}
