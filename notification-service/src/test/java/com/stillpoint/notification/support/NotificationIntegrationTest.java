package com.stillpoint.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.contracts.Topic;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.notification.NotificationApplication;
import com.stillpoint.notification.recipients.Recipients;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.schedule.ScheduledMessages;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.messaging.CloudEventRecords;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.MutableClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * The one Spring context every integration test of the service shares: the real service against the embedded
 * broker and mongo-java-server, mail to GreenMail, texts to the WireMock provider, and a clock that moves only when
 * a test moves it. Tests keep out of each other's way by giving every client their own address and number.
 */
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "stillpoint.notification.poll-interval=200ms",
                "stillpoint.notification.lease=20s",
                "stillpoint.notification.retry-backoff=2s",
                "stillpoint.notification.overdue-after=2m",
                "stillpoint.notification.max-retry-backoff=20s",
                "stillpoint.notification.public-base-url=" + NotificationIntegrationTest.PUBLIC_BASE_URL,
                "stillpoint.notification.sms.account-sid=" + SmsProviderStub.ACCOUNT,
                "stillpoint.notification.sms.auth-token=" + SmsProviderStub.AUTH_TOKEN,
                "stillpoint.notification.sms.read-timeout=3s",
                "resilience4j.retry.instances.sms.wait-duration=20ms",
                "resilience4j.retry.instances.email.wait-duration=20ms",
                "resilience4j.circuitbreaker.instances.sms.sliding-window-size=10",
                "resilience4j.circuitbreaker.instances.sms.minimum-number-of-calls=6",
                "resilience4j.circuitbreaker.instances.sms.wait-duration-in-open-state=2s",
                "resilience4j.circuitbreaker.instances.sms.permitted-number-of-calls-in-half-open-state=2",
                "resilience4j.ratelimiter.instances.sms.limit-for-period=1000"})
@Import(NotificationIntegrationTest.TestClock.class)
public abstract class NotificationIntegrationTest {

    public static final String PUBLIC_BASE_URL = "http://notification.test";
    public static final String CHAIN = "harbour";
    public static final String CLINIC = "harbour-kitsilano";
    public static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    protected static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final AtomicBoolean TOPICS_STAMP_ON_ARRIVAL = new AtomicBoolean();
    private static final AtomicLong NUMBERS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 8_000_000));

    static {
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop, "stop-smtp"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("stillpoint.notification.sms.base-url", () -> SmsProviderStub.get().baseUrl());
    }

    @Autowired
    protected KafkaOperations<Object, Object> kafka;
    @Autowired
    protected EventJson eventJson;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected ScheduledMessages messages;
    @Autowired
    protected LinkSealer linkSealer;
    @Autowired
    protected Recipients recipients;
    @Autowired
    protected ClinicDirectory clinics;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @LocalServerPort
    protected int port;

    protected final SmsProviderStub sms = SmsProviderStub.get();
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Events carry the test clock's time, which runs days ahead of the broker's; Kafka refuses record timestamps
     * more than an hour in its future unless the topic stamps records itself on arrival.
     */
    @BeforeEach
    void theProviderKeepsOurTime() {
        sms.keepTimeWith(clock);
    }

    /**
     * Every test starts during a working day in Vancouver, so what a test sends at once is not held back by the
     * quiet hours of its clients there; tests of quiet hours move the clock into the night themselves.
     */
    @BeforeEach
    void startDuringTheDay() {
        ZonedDateTime local = clock.instant().atZone(VANCOUVER);
        if (local.getHour() < 9) {
            clock.advanceTo(local.withHour(9).withMinute(0).withSecond(0).toInstant());
        } else if (local.getHour() >= 17) {
            clock.advanceTo(local.plusDays(1).withHour(9).withMinute(0).withSecond(0).toInstant());
        }
    }

    @BeforeEach
    void topicsStampRecordsOnArrival() throws Exception {
        if (!TOPICS_STAMP_ON_ARRIVAL.compareAndSet(false, true)) {
            return;
        }
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
            for (Topic topic : Topics.ALL) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"),
                        AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(changes).all().get();
        }
    }

    @AfterEach
    void restoreTheProvider() {
        sms.restore();
    }

    /** A client of the demo chain with their own address and number. */
    public record TestClient(String id, String email, String phone) {
    }

    protected TestClient newClient(Set<Channel> allowed, Channel preferred) {
        return newClient(allowed, preferred, Map.of(), Locale.CANADA, VANCOUVER);
    }

    protected TestClient newClient(Set<Channel> allowed, Channel preferred, Map<String, Channel> channelByKind,
                                   Locale locale, ZoneId zone) {
        aClinicInVancouver();
        String id = "client-" + UUID.randomUUID();
        TestClient client = new TestClient(id, id + "@example.test", "+1604" + NUMBERS.incrementAndGet());
        publish(new ClientProfileChanged(UUID.randomUUID(), Instant.now(), CHAIN, id, "Ada", client.email(),
                client.phone(), locale, zone, allowed, preferred, channelByKind));
        await().until(() -> TenantContext.callAs(CHAIN, () -> recipients.find(id).isPresent()));
        return client;
    }

    /** Several clients at once, each with their own address and number, reachable by text only. */
    protected List<TestClient> newTextingClients(int count) {
        aClinicInVancouver();
        List<TestClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "client-" + UUID.randomUUID();
            TestClient client = new TestClient(id, id + "@example.test", "+1604" + NUMBERS.incrementAndGet());
            clients.add(client);
            publish(new ClientProfileChanged(UUID.randomUUID(), Instant.now(), CHAIN, id, "Ada", client.email(),
                    client.phone(), Locale.CANADA, VANCOUVER, Set.of(Channel.SMS), Channel.SMS, Map.of()));
        }
        await().until(() -> TenantContext.callAs(CHAIN,
                () -> clients.stream().allMatch(client -> recipients.find(client.id()).isPresent())));
        return clients;
    }

    protected void aClinicInVancouver() {
        if (TenantContext.callAs(CHAIN, () -> clinics.find(CLINIC).isEmpty())) {
            publish(new ClinicChanged(UUID.fromString("00000000-0000-4000-8000-000000000001"), Instant.EPOCH, CHAIN,
                    CLINIC, "Stillpoint Kitsilano", VANCOUVER, "+16045550100", "2150 W 4th Ave"));
            await().until(() -> TenantContext.callAs(CHAIN, () -> clinics.find(CLINIC).isPresent()));
        }
    }

    /** A booking (version 2, as booking-service commits one) of a Swedish massage, a health detail never to show. */
    protected AppointmentBooked booked(TestClient client, Instant start) {
        return new AppointmentBooked(UUID.randomUUID(), clock.instant(), CHAIN, "appt-" + UUID.randomUUID(), 2,
                client.id(), CLINIC, "harbour-maya", "harbour-kits-1", "harbour-swedish-60", "SWEDISH", start,
                start.plus(Duration.ofHours(1)), VANCOUVER, null, null);
    }

    protected void publish(IntegrationEvent event) {
        try {
            kafka.send(CloudEventRecords.of(event, eventJson, "/test")).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish a test event", e);
        }
    }

    protected ScheduledMessage awaitMessage(String subjectId, long version, MessageKind kind, Channel channel) {
        String key = ScheduledMessage.keyOf(subjectId, version, kind, channel);
        await().until(() -> findMessage(key) != null);
        return findMessage(key);
    }

    protected ScheduledMessage findMessage(String key) {
        return TenantContext.callAs(CHAIN, () -> messages.find(key).orElse(null));
    }

    protected List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code days} days from the clock's today, at {@code hour}:00 local time in {@code zone}. */
    protected Instant daysAheadAt(int days, int hour, ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate().plusDays(days).atTime(hour, 0).atZone(zone).toInstant();
    }

    /** Moves the clock to {@code instant} and past its minute, so the poller takes whatever fell due by then. */
    protected void timePasses(Instant instant) {
        clock.advanceTo(instant.plus(Duration.ofMinutes(1)));
    }

    /** A form POST to the service as the SMS provider makes it: signed with the account's auth token. */
    protected HttpResponse<String> postAsProvider(String pathAndQuery, Map<String, String> form) {
        return postForm(pathAndQuery, form, ProviderSignature.sign(SmsProviderStub.AUTH_TOKEN,
                PUBLIC_BASE_URL + pathAndQuery, form));
    }

    protected HttpResponse<String> postForm(String pathAndQuery, Map<String, String> form, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
