package com.stillpoint.systemtests.faults;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.stillpoint.contracts.Topics;
import com.stillpoint.notification.support.SmsProviderStub;
import com.stillpoint.platform.crypto.Sha256;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.systemtests.faults.History.Booking;
import com.stillpoint.systemtests.faults.History.PublishedEvent;
import com.stillpoint.systemtests.faults.History.Send;
import com.stillpoint.testing.TopicReader;
import jakarta.mail.MessagingException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link History} back from where the platform left its traces: {@code booking.appointments} and its
 * dead-letter topic from the beginning, every service's database, the SMTP server's mailboxes and the SMS
 * provider's request log.
 */
final class HistoryRecorder {

    static final Map<String, String> DATABASES = Map.of(
            FaultyPlatform.BOOKING, "stillpoint_booking",
            FaultyPlatform.INTAKE, "stillpoint_intake",
            FaultyPlatform.NOTIFICATION, "stillpoint_notification");
    /** The consumer groups of {@code booking.appointments} whose inboxes must hold every event. */
    static final Set<String> APPOINTMENT_CONSUMERS = Set.of(FaultyPlatform.INTAKE, FaultyPlatform.NOTIFICATION);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CANCELLED = "appointment.cancelled.v1";

    private final String bootstrapServers;
    private final MongoClient mongo;
    private final GreenMail mail;
    private final SmsProviderStub sms;

    HistoryRecorder(String bootstrapServers, MongoClient mongo, GreenMail mail, SmsProviderStub sms) {
        this.bootstrapServers = bootstrapServers;
        this.mongo = mongo;
        this.mail = mail;
        this.sms = sms;
    }

    History record() {
        List<PublishedEvent> published = new ArrayList<>();
        Map<String, String> cancellationEvents = new HashMap<>();
        for (ConsumerRecord<String, String> record : readAll(Topics.APPOINTMENTS.name())) {
            String type = TopicReader.header(record, CloudEventHeaders.TYPE);
            JsonNode event = parsed(record.value());
            if (event == null || !event.hasNonNull("eventId")) {
                published.add(new PublishedEvent(TopicReader.header(record, CloudEventHeaders.ID), type, false));
                continue;
            }
            published.add(new PublishedEvent(event.get("eventId").asString(), type, true));
            if (CANCELLED.equals(type)) {
                cancellationEvents.put(event.get("eventId").asString(), record.key());
            }
        }
        Set<String> deadLettered = readAll(Topics.APPOINTMENTS.deadLetter()).stream()
                .map(record -> TopicReader.header(record, CloudEventHeaders.ID)).collect(Collectors.toSet());

        Map<String, Set<String>> processed = new HashMap<>();
        Map<String, Instant> cancellationsSeen = new HashMap<>();
        for (String group : APPOINTMENT_CONSUMERS) {
            Set<String> ids = new HashSet<>();
            String prefix = group + ":";
            for (Document entry : database(group).getCollection("inbox").find(Filters.eq("consumer", group))) {
                String eventId = entry.getString("_id").substring(prefix.length());
                ids.add(eventId);
                if (group.equals(FaultyPlatform.NOTIFICATION) && cancellationEvents.containsKey(eventId)) {
                    cancellationsSeen.put(cancellationEvents.get(eventId), entry.getDate("processedAt").toInstant());
                }
            }
            processed.put(group, ids);
        }
        return new History(published, processed, deadLettered, pendingOutbox(), sends(), bookings(),
                cancellationsSeen);
    }

    private List<String> pendingOutbox() {
        List<String> pending = new ArrayList<>();
        for (String name : DATABASES.values()) {
            MongoDatabase database = mongo.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                for (Document document : database.getCollection(collection).find(Filters.exists("outbox"))) {
                    if (!document.getList("outbox", Object.class).isEmpty()) {
                        pending.add(name + "." + collection + "/" + document.get("_id"));
                    }
                }
            }
        }
        return pending;
    }

    /** Texts the provider took, and mails the SMTP server took, each under the key of the message it was. */
    private List<Send> sends() {
        List<Send> sends = new ArrayList<>();
        for (SmsProviderStub.Received text : sms.requests()) {
            if (text.status() == 201 && text.statusCallback() != null) {
                sends.add(new Send(queryParameter(URI.create(text.statusCallback()), "message"), text.at()));
            }
        }
        // A mail names its message only by a hash of (chain, key); the schedule says which keys there are.
        Map<String, String> keysByMessageId = new HashMap<>();
        for (Document message : database(FaultyPlatform.NOTIFICATION).getCollection("scheduled_messages").find()) {
            String key = message.getString("_id");
            keysByMessageId.put("<" + Sha256.hex(message.getString("chainId") + ":" + key).substring(0, 40)
                    + "@stillpoint.notification>", key);
        }
        for (StoredMessage stored : mail.getManagers().getImapHostManager().getAllMessages()) {
            String messageId = messageIdOf(stored);
            sends.add(new Send(keysByMessageId.getOrDefault(messageId, "unknown mail " + messageId),
                    stored.getReceivedDate().toInstant()));
        }
        return sends;
    }

    private List<Booking> bookings() {
        List<Booking> bookings = new ArrayList<>();
        for (Document appointment : database(FaultyPlatform.BOOKING).getCollection("appointments").find()) {
            Document placement = appointment.get("placement", Document.class);
            Document blocked = placement.get("blocked", Document.class);
            String status = appointment.getString("status");
            bookings.add(new Booking(appointment.getString("_id"), placement.getString("therapistId"),
                    placement.getString("roomId"), instant(blocked.get("start")), instant(blocked.get("end")),
                    !"CANCELLED".equals(status) && !"ABANDONED".equals(status)));
        }
        return bookings;
    }

    private MongoDatabase database(String service) {
        return mongo.getDatabase(DATABASES.get(service));
    }

    /** Every record on the topic, from the beginning to its end now. */
    private List<ConsumerRecord<String, String>> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static JsonNode parsed(String value) {
        try {
            return value == null ? null : JSON.readTree(value);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    private static String queryParameter(URI uri, String name) {
        for (String parameter : uri.getRawQuery().split("&")) {
            if (parameter.startsWith(name + "=")) {
                return URLDecoder.decode(parameter.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException(uri + " has no " + name);
    }

    private static String messageIdOf(StoredMessage stored) {
        try {
            return stored.getMimeMessage().getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object stored) {
        return stored instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(stored));
    }
}
