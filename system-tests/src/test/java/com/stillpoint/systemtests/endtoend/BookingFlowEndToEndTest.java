package com.stillpoint.systemtests.endtoend;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.stillpoint.auth.DemoLogin;
import com.stillpoint.testing.TestInfrastructure;
import com.stillpoint.testing.TopicReader;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform, every service in its own process, through its front doors: a staff member books over the
 * REST API with a real token, and the test watches what each service does about it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookingFlowEndToEndTest {

    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final Pattern INTAKE_LINK = Pattern.compile("http://\\S+/intake/start\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(5);

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Set<String> secrets = new ConcurrentSkipListSet<>();

    TestInfrastructure infrastructure;
    PlatformUnderTest platform;
    MongoClient mongo;
    String staffToken;

    @BeforeAll
    void startThePlatform() {
        infrastructure = TestInfrastructure.forTestClass(getClass());
        platform = new PlatformUnderTest(infrastructure, Path.of("target", "e2e-logs", getClass().getSimpleName()));
        mongo = MongoClients.create(infrastructure.mongoUri());
        staffToken = DemoLogin.accessToken(platform.issuer, "front.desk", DemoLogin.DEMO_PASSWORD);
        secrets.add(staffToken);
    }

    @AfterAll
    void stopThePlatform() {
        if (mongo != null) {
            mongo.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aBookingIsConfirmedByMailAndItsIntakeLinkOpensOnce() throws Exception {
        Client client = newClient();
        String appointmentId = book(client, nextDayAt10());

        MimeMessage confirmation = awaitMail(client, "is confirmed");
        assertThat(GreenMailUtil.getBody(confirmation)).contains("Hi " + client.firstName()).contains("Stillpoint Kitsilano")
                .doesNotContainIgnoringCase("relaxation").doesNotContainIgnoringCase("swedish");
        URI link = intakeLinkIn(awaitMail(client, "Before your appointment"));

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> landing = browser.send(HttpRequest.newBuilder(onIntake(link)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(landing.statusCode()).isEqualTo(200);
        HttpResponse<String> continued = browser.send(HttpRequest.newBuilder(URI.create(platform.intake + "/intake/start"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + tokenOf(link) + "&_csrf=" + csrfOf(landing)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(continued.statusCode()).isEqualTo(303);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(platform.intake + "/intake")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(browser.send(HttpRequest.newBuilder(onIntake(link)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(410);

        await().untilAsserted(() -> assertThat(scheduled(appointmentId, "REMINDER"))
                .extracting(message -> message.getString("status")).containsExactly("SCHEDULED", "SCHEDULED"));
    }

    @Test
    @Order(2)
    void cancellingRemovesThePendingRemindersAndWithdrawsTheLink() throws Exception {
        Client client = newClient();
        String appointmentId = book(client, nextDayAt10());
        URI link = intakeLinkIn(awaitMail(client, "Before your appointment"));
        await().until(() -> scheduled(appointmentId, "REMINDER").size() == 2);

        HttpResponse<String> cancelled = api("POST", "/api/appointments/" + appointmentId + "/cancellation",
                Map.of("cancelledBy", "CLIENT", "reason", "Feeling unwell"), null);
        assertThat(cancelled.statusCode()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(scheduled(appointmentId, "REMINDER"))
                .extracting(message -> message.getString("status")).containsOnly("CANCELLED"));
        await().untilAsserted(() -> assertThat(http.send(HttpRequest.newBuilder(onIntake(link)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(410));
    }

    @Test
    @Order(3)
    void redeliveringEveryEventOfABookingChangesNothing() throws Exception {
        Client client = newClient();
        String appointmentId = book(client, nextDayAt10());
        awaitMail(client, "is confirmed");
        awaitMail(client, "Before your appointment");
        // Confirmation, email and text reminders, intake link, and the intake nudge for the day before.
        await().until(() -> allScheduled(appointmentId).size() == 5);

        redeliver("booking.appointments", appointmentId);
        redeliver("intake.events", appointmentId);
        awaitConsumersCaughtUp("intake-service", "booking.appointments");
        awaitConsumersCaughtUp("notification-service", "booking.appointments");
        awaitConsumersCaughtUp("notification-service", "intake.events");

        assertThat(mailsTo(client)).hasSize(2);
        assertThat(allScheduled(appointmentId)).hasSize(5);
        assertThat(mongo.getDatabase("stillpoint_intake").getCollection("intake_requests")
                .countDocuments(Filters.eq("_id", appointmentId))).isEqualTo(1);
        assertThat(mongo.getDatabase("stillpoint_intake").getCollection("link_tokens")
                .countDocuments(Filters.eq("subjectId", appointmentId))).isEqualTo(1);
    }

    @Test
    @Order(99)
    void noTokenContactDetailOrLinkReachesTheLogs() {
        String logs = platform.allLogs();
        assertThat(secrets).isNotEmpty();
        assertThat(secrets).allSatisfy(secret -> assertThat(logs).as("logs").doesNotContain(secret));
    }

    private void redeliver(String topic, String appointmentId) throws Exception {
        List<ConsumerRecord<String, String>> records;
        try (TopicReader reader = TopicReader.of(infrastructure.kafkaBootstrapServers(), topic)) {
            reader.awaitRecord(record -> record.value().contains(appointmentId));
            records = reader.readNow(record -> record.value().contains(appointmentId));
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                infrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            for (ConsumerRecord<String, String> record : records) {
                producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers())).get();
            }
        }
    }

    /** Waits until the group has committed offsets at the end of every partition of the topic. */
    private void awaitConsumersCaughtUp(String group, String topic) {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()))) {
            await().untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Set<TopicPartition> partitions = committed.keySet().stream()
                        .filter(partition -> partition.topic().equals(topic)).collect(Collectors.toSet());
                assertThat(partitions).isNotEmpty();
                var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get();
                partitions.forEach(partition -> assertThat(committed.get(partition).offset())
                        .isEqualTo(ends.get(partition).offset()));
            });
        }
    }

    private List<Document> scheduled(String appointmentId, String kind) {
        return allScheduled(appointmentId).stream().filter(message -> kind.equals(message.getString("kind"))).toList();
    }

    private List<Document> allScheduled(String appointmentId) {
        return mongo.getDatabase("stillpoint_notification").getCollection("scheduled_messages")
                .find(Filters.eq("appointmentId", appointmentId)).into(new ArrayList<>());
    }

    private record Client(String id, String firstName, String email, String phone) {
    }

    private Client newClient() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "e2e-" + unique + "@example.test";
        String phone = "+1604555" + String.format("%04d", Math.abs(unique.hashCode()) % 10000);
        HttpResponse<String> created = api("POST", "/api/clients", Map.of("firstName", "Eve", "lastName", "E2E-" + unique,
                "email", email, "phone", phone, "locale", "en-CA", "timeZone", VANCOUVER.getId(),
                "allowedChannels", List.of("EMAIL", "SMS"), "preferredChannel", "EMAIL"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        secrets.add(email);
        secrets.add(phone);
        return new Client(json.readTree(created.body()).get("id").asString(), "Eve", email, phone);
    }

    private String book(Client client, String start) throws Exception {
        HttpResponse<String> booked = api("POST", "/api/appointments", Map.of("clientId", client.id(),
                "clinicId", "harbour-kitsilano", "serviceId", "harbour-swedish-60", "therapistId", "harbour-maya",
                "start", start), UUID.randomUUID().toString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return json.readTree(booked.body()).get("id").asString();
    }

    private HttpResponse<String> api(String method, String path, Object body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.booking + path))
                .header("Authorization", "Bearer " + staffToken)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private MimeMessage awaitMail(Client client, String subjectPart) {
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(client).stream()
                .anyMatch(mail -> subjectOf(mail).contains(subjectPart)));
        return mailsTo(client).stream().filter(mail -> subjectOf(mail).contains(subjectPart)).findFirst().orElseThrow();
    }

    private List<MimeMessage> mailsTo(Client client) {
        return Arrays.stream(platform.mail.getReceivedMessages()).filter(mail -> {
            try {
                Address[] to = mail.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equals(client.email()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI intakeLinkIn(MimeMessage mail) {
        Matcher matcher = INTAKE_LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(matcher.find()).as("an intake link in the mail").isTrue();
        secrets.add(matcher.group(1));
        return URI.create(matcher.group());
    }

    private URI onIntake(URI link) {
        return URI.create(platform.intake + link.getRawPath() + "?" + link.getRawQuery());
    }

    private static String tokenOf(URI link) {
        return URLEncoder.encode(link.getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF field").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static String nextDayAt10() {
        return LocalDate.now(VANCOUVER).plusDays(NEXT_DAY.getAndIncrement()).atTime(10, 0).toString();
    }
}
