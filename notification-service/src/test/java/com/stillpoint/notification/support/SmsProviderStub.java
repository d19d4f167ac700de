package com.stillpoint.notification.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stillpoint.platform.correlation.CorrelationId;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The SMS provider in tests: a real HTTP server (WireMock) speaking the part of Twilio's Messages API the service
 * uses. By default it accepts every message (201, an {@code SM...} id) and lists what it accepted for a number,
 * newest first, from its own request journal, so a lookup after a timeout finds a message the provider took.
 * Tests script failures per phone number (5xx, timeouts, slowness), so tests sharing the server never disturb
 * each other.
 */
public final class SmsProviderStub {

    public static final String ACCOUNT = "AC-test";
    public static final String AUTH_TOKEN = "test-auth-token";
    private static final String MESSAGES = "/2010-04-01/Accounts/[^/]+/Messages\\.json";
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static SmsProviderStub instance;

    private final WireMockServer server;
    private final Queue<Taken> taken = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Clock> clock = new AtomicReference<>(Clock.systemUTC());
    private final List<StubMapping> scripted = new ArrayList<>();

    private SmsProviderStub() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(60)
                .extensions(new Created(taken, clock), new Listed(taken)));
        server.start();
        server.stubFor(post(urlPathMatching(MESSAGES)).atPriority(10)
                .willReturn(aResponse().withTransformers(Created.NAME)));
        server.stubFor(WireMock.get(urlPathMatching(MESSAGES)).atPriority(10)
                .willReturn(aResponse().withTransformers(Listed.NAME)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-sms-provider-stub"));
        warmUp();
    }

    /** A first request, so the service's first text doesn't pay for the server's start-up. */
    private void warmUp() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
                    + "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json?To=warm-up")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("The SMS provider stub did not answer", e);
        }
    }

    public static synchronized SmsProviderStub get() {
        if (instance == null) {
            instance = new SmsProviderStub();
        }
        return instance;
    }

    /** The provider's clock keeps the service's time, as NTP keeps real ones together. */
    public void keepTimeWith(Clock serviceClock) {
        clock.set(serviceClock);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** A text the provider received, taken or not, and when it arrived. */
    public record Received(String to, String body, int status, String statusCallback, Instant at) {
    }

    /** Every send request for a number, oldest first, whatever the stub answered. */
    public List<Received> requestsTo(String phone) {
        return requests().stream().filter(request -> phone.equals(request.to())).toList();
    }

    /** Every send request, oldest first, whatever the stub answered. */
    public List<Received> requests() {
        return sends().stream()
                .map(event -> new Received(form(event.getRequest(), "To"), form(event.getRequest(), "Body"),
                        event.getResponse() == null ? 0 : event.getResponse().getStatus(),
                        form(event.getRequest(), "StatusCallback"), event.getRequest().getLoggedDate().toInstant()))
                .toList();
    }

    /** The correlation id header of every send request for a number, oldest first ({@code null} where none came). */
    public List<String> correlationIdsTo(String phone) {
        return sends().stream()
                .filter(event -> phone.equals(form(event.getRequest(), "To")))
                .map(event -> event.getRequest().getHeader(CorrelationId.HTTP_HEADER))
                .toList();
    }

    /** The texts the provider took for a number, oldest first, whether or not its answer reached the service. */
    public List<String> textsTo(String phone) {
        return taken.stream().filter(message -> phone.equals(message.to()))
                .sorted(Comparator.comparing(Taken::createdAt)).map(Taken::body).toList();
    }

    /** The texts the provider took, by number, in all tests so far. */
    public Map<String, List<String>> textsByNumber() {
        return taken.stream().collect(Collectors.groupingBy(Taken::to,
                Collectors.mapping(Taken::body, Collectors.toList())));
    }

    /** Every send to these numbers fails with this status until {@link #restore()}. */
    public void failFor(int status, String... phones) {
        for (String phone : phones) {
            script(post(urlPathMatching(MESSAGES)).atPriority(1).withFormParam("To", equalTo(phone))
                    .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                            .withBody("{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":" + status + "}")));
        }
    }

    /** Refuses sends to the number for good, with Twilio's error code (e.g. 21211, invalid number). */
    public void refuseFor(String phone, int twilioCode) {
        script(post(urlPathMatching(MESSAGES)).atPriority(1).withFormParam("To", equalTo(phone))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":" + twilioCode + ",\"message\":\"refused\",\"status\":400}")));
    }

    /**
     * The first send to the number is taken (journaled and listed) but answered only after {@code delayMillis},
     * longer than the service waits; later sends are answered at once.
     */
    public void answerFirstSendLate(String phone, int delayMillis) {
        String scenario = "late-" + phone;
        script(post(urlPathMatching(MESSAGES)).atPriority(1).withFormParam("To", equalTo(phone))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(aResponse().withTransformers(Created.NAME).withFixedDelay(delayMillis)));
    }

    /** The first send to the number drops the connection before any answer: nothing is taken. */
    public void dropFirstConnection(String phone) {
        String scenario = "dropped-" + phone;
        script(post(urlPathMatching(MESSAGES)).atPriority(1).withFormParam("To", equalTo(phone))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Every send to the number is answered after {@code delayMillis}. */
    public void slowFor(String phone, int delayMillis) {
        script(post(urlPathMatching(MESSAGES)).atPriority(2).withFormParam("To", equalTo(phone))
                .willReturn(aResponse().withTransformers(Created.NAME).withFixedDelay(delayMillis)));
    }

    /** Drops the scripted behaviour: every number is answered normally again. */
    public void restore() {
        scripted.forEach(server::removeStub);
        scripted.clear();
    }

    private void script(MappingBuilder mapping) {
        scripted.add(server.stubFor(mapping));
    }

    private List<ServeEvent> sends() {
        return server.getAllServeEvents().stream()
                .filter(event -> "POST".equals(event.getRequest().getMethod().value()))
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .toList();
    }

    private static String form(LoggedRequest request, String name) {
        FormParameter parameter = request.formParameters().get(name);
        return parameter == null ? null : parameter.firstValue();
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"";
    }

    /** A message the provider took, as its API describes it. */
    private record Taken(String sid, String to, String body, Instant createdAt) {

        String json() {
            return "{\"sid\":" + SmsProviderStub.json(sid) + ",\"account_sid\":\"" + ACCOUNT + "\",\"to\":"
                    + SmsProviderStub.json(to) + ",\"body\":" + SmsProviderStub.json(body)
                    + ",\"status\":\"queued\",\"date_created\":" + SmsProviderStub.json(RFC_2822.format(createdAt)) + "}";
        }
    }

    /**
     * Takes a message like Twilio: records it, then answers 201 with the message resource. The answer may still
     * be delayed by the stub mapping; the message is taken either way, as a provider's would be.
     */
    private static final class Created implements ResponseDefinitionTransformerV2 {

        static final String NAME = "twilio-created";
        private final Queue<Taken> taken;
        private final AtomicReference<Clock> clock;

        Created(Queue<Taken> taken, AtomicReference<Clock> clock) {
            this.taken = taken;
            this.clock = clock;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            LoggedRequest request = event.getRequest();
            Taken message = new Taken("SM" + event.getId().toString().replace("-", ""), form(request, "To"),
                    form(request, "Body"), clock.get().instant());
            taken.add(message);
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but().withStatus(201)
                    .withHeader("Content-Type", "application/json").withBody(message.json()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** Lists the messages taken for the {@code To} number, newest first, as Twilio's message list does. */
    private static final class Listed implements ResponseDefinitionTransformerV2 {

        static final String NAME = "twilio-listed";
        private final Queue<Taken> taken;

        Listed(Queue<Taken> taken) {
            this.taken = taken;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            QueryParameter to = event.getRequest().queryParameter("To");
            String number = to != null && to.isPresent() ? to.firstValue() : "";
            String messages = taken.stream().filter(message -> number.equals(message.to()))
                    .sorted(Comparator.comparing(Taken::createdAt).reversed())
                    .map(Taken::json)
                    .collect(Collectors.joining(","));
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"messages\":[" + messages + "],\"page\":0}").build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
