package com.stillpoint.notification.replies;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.notification.ClientReplied;
import com.stillpoint.contracts.notification.ClientReply;
import com.stillpoint.contracts.notification.NotificationEventTypes;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.notification.support.ProviderSignature;
import com.stillpoint.notification.support.SmsProviderStub;
import com.stillpoint.platform.contracts.EventContracts;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Texts clients send back, through the provider's signed webhook: each recognised one acts here at once where it
 * must (STOP, START), and reaches booking-service as {@code client.replied.v1} through the outbox.
 */
class ClientRepliesTest extends NotificationIntegrationTest {

    private static final URI MANAGE_LINK = URI.create("https://booking.stillpoint.test/a/" + UUID.randomUUID());

    private TopicReader replies;
    private TestClient client;
    private AppointmentBooked booked;

    @BeforeEach
    void aClientWhoGotATextAboutTheirAppointment() {
        replies = TopicReader.of(bootstrapServers, Topics.NOTIFICATIONS.name());
        client = newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.SMS);
        AppointmentBooked plain = booked(client, daysAheadAt(5, 10, VANCOUVER));
        booked = new AppointmentBooked(plain.eventId(), plain.occurredAt(), plain.chainId(), plain.appointmentId(),
                plain.appointmentVersion(), plain.clientId(), plain.clinicId(), plain.therapistId(), plain.roomId(),
                plain.serviceId(), plain.modality(), plain.startsAt(), plain.endsAt(), plain.clinicZone(), null,
                linkSealer.seal(MANAGE_LINK));
        publish(booked);
        ScheduledMessage confirmation = awaitMessage(booked.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);
        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.SENT);
    }

    @AfterEach
    void closeReader() {
        replies.close();
    }

    @Test
    void aConfirmationReachesBookingServiceOnceHoweverOftenTheProviderDeliversIt() {
        String sid = inboundSid();
        assertThat(text(sid, "C").statusCode()).isEqualTo(200);
        assertThat(text(sid, "C").statusCode()).isEqualTo(200);

        ConsumerRecord<String, String> record = replies.awaitRecord(about(client, ClientReply.CONFIRM));
        ClientReplied replied = eventJson.read(record.value(), ClientReplied.class);
        assertThat(replied.appointmentId()).isEqualTo(booked.appointmentId());
        assertThat(replied.channel()).isEqualTo(Channel.SMS);
        assertThat(record.key()).isEqualTo(client.id());
        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo("client.replied.v1");
        assertThat(TopicReader.header(record, CloudEventHeaders.CHAIN_ID)).isEqualTo(CHAIN);
        EventContracts.assertHasFixtureShape(replied, NotificationEventTypes.CLIENT_REPLIED, eventJson);
        assertThat(record.value()).doesNotContain(client.phone()).doesNotContain("\"C\"");

        text(inboundSid(), "START");
        replies.awaitRecord(about(client, ClientReply.START));
        assertThat(replies.readNow(about(client, ClientReply.CONFIRM))).hasSize(1);
    }

    @Test
    void aCancelRequestReachesBookingServiceAndIsAnsweredWithTheManageLink() {
        text(inboundSid(), "cancel");

        ClientReplied replied = eventJson.read(replies.awaitRecord(about(client, ClientReply.CANCEL)).value(),
                ClientReplied.class);
        assertThat(replied.appointmentId()).isEqualTo(booked.appointmentId());
        await().until(() -> sms.textsTo(client.phone()).size() == 2);
        assertThat(sms.textsTo(client.phone()).get(1)).contains(MANAGE_LINK.toString()).contains("cancellation policy");
    }

    @Test
    void stopOptsOutAtOnceAndStartOptsBackIn() {
        text(inboundSid(), "Stop");
        ClientReplied stopped = eventJson.read(replies.awaitRecord(about(client, ClientReply.STOP)).value(),
                ClientReplied.class);
        assertThat(stopped.appointmentId()).isNull();

        AppointmentBooked next = booked(client, daysAheadAt(6, 10, VANCOUVER));
        publish(next);
        ScheduledMessage whileStopped = awaitMessage(next.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.EMAIL);
        await().until(() -> findMessage(whileStopped.id()).status() == MessageStatus.SENT);
        assertThat(findMessage(whileStopped.id()).sentVia()).as("by email, the channel still allowed")
                .isEqualTo(Channel.EMAIL);
        assertThat(sms.textsTo(client.phone())).hasSize(1);

        text(inboundSid(), "START");
        replies.awaitRecord(about(client, ClientReply.START));
        AppointmentBooked third = booked(client, daysAheadAt(7, 10, VANCOUVER));
        publish(third);
        await().until(() -> sms.textsTo(client.phone()).size() == 2);
    }

    @Test
    void aWebhookCallWithoutTheProvidersSignatureIsRefusedAndChangesNothing() {
        Map<String, String> form = Map.of("MessageSid", inboundSid(), "From", client.phone(), "To", "+16045550000",
                "Body", "STOP");

        HttpResponse<String> unsigned = postForm("/webhooks/sms/inbound", form, null);
        HttpResponse<String> forged = postForm("/webhooks/sms/inbound", form, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        HttpResponse<String> otherAddress = postForm("/webhooks/sms/inbound", form,
                ProviderSignature.sign(SmsProviderStub.AUTH_TOKEN, "http://127.0.0.1:" + port + "/webhooks/sms/inbound",
                        form));

        assertThat(List.of(unsigned, forged, otherAddress)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("invalid-signature");
        });
        text(inboundSid(), "START");
        replies.awaitRecord(about(client, ClientReply.START));
        assertThat(replies.readNow(about(client, ClientReply.STOP))).isEmpty();
    }

    @Test
    void aTextFromAnUnknownNumberOrThatIsNoKeywordDoesNothing() {
        String stranger = "+15005550006";
        assertThat(postAsProvider("/webhooks/sms/inbound", Map.of("MessageSid", inboundSid(), "From", stranger,
                "To", "+16045550000", "Body", "STOP")).statusCode()).isEqualTo(200);
        assertThat(text(inboundSid(), "Running 5 min late, sorry").statusCode()).isEqualTo(200);

        text(inboundSid(), "START");
        replies.awaitRecord(about(client, ClientReply.START));
        assertThat(replies.readNow(record -> record.key().equals(client.id()))).hasSize(1);
    }

    @Test
    void deliveryReportsUpdateTheMessage() {
        ScheduledMessage confirmation = findMessage(ScheduledMessage.keyOf(booked.appointmentId(), 2,
                MessageKind.CONFIRMATION, Channel.SMS));
        String callback = "/webhooks/sms/status?chain=" + CHAIN + "&message=" + confirmation.id();

        assertThat(postAsProvider(callback, Map.of("MessageSid", confirmation.providerMessageId(),
                "MessageStatus", "delivered", "AccountSid", "AC-test")).statusCode()).isEqualTo(204);
        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.DELIVERED);

        AppointmentBooked next = booked(client, daysAheadAt(6, 10, VANCOUVER));
        publish(next);
        ScheduledMessage another = awaitMessage(next.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);
        await().until(() -> findMessage(another.id()).status() == MessageStatus.SENT);
        postAsProvider("/webhooks/sms/status?chain=" + CHAIN + "&message=" + another.id(), Map.of("MessageSid",
                another.providerMessageId(), "MessageStatus", "undelivered", "ErrorCode", "30003"));
        await().until(() -> findMessage(another.id()).status() == MessageStatus.FAILED);
        assertThat(findMessage(another.id()).outcome()).contains("30003");
    }

    @Test
    void theStatusCallbackAddressIsTheOneTheProviderWasGiven() {
        ScheduledMessage confirmation = findMessage(ScheduledMessage.keyOf(booked.appointmentId(), 2,
                MessageKind.CONFIRMATION, Channel.SMS));
        assertThat(sms.requestsTo(client.phone()).get(0).statusCallback()).isEqualTo(PUBLIC_BASE_URL
                + "/webhooks/sms/status?chain=" + CHAIN + "&message=" + confirmation.id());
    }

    private HttpResponse<String> text(String sid, String body) {
        return postAsProvider("/webhooks/sms/inbound", Map.of("MessageSid", sid, "From", client.phone(),
                "To", "+16045550000", "Body", body, "AccountSid", "AC-test"));
    }

    private static String inboundSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private Predicate<ConsumerRecord<String, String>> about(TestClient whom, ClientReply reply) {
        return record -> record.key().equals(whom.id()) && record.value().contains("\"reply\":\"" + reply + "\"");
    }
}
