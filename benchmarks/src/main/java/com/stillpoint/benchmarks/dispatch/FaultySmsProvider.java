package com.stillpoint.benchmarks.dispatch;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A Twilio-compatible SMS provider (WireMock) that fails a share of sends with 503, at random, as providers do
 * under load, and counts every message it takes, by number and text, so duplicates show.
 */
final class FaultySmsProvider implements AutoCloseable {

    static final String ACCOUNT = "AC-bench";
    static final String AUTH_TOKEN = "bench-token";

    private final WireMockServer server;
    private final Map<String, AtomicInteger> taken = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> takenByNumber = new ConcurrentHashMap<>();
    private final AtomicLong faults = new AtomicLong();

    FaultySmsProvider(double faultRate) {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(64)
                .extensions(new Answer(faultRate)));
        server.start();
        server.stubFor(post(urlPathMatching("/2010-04-01/Accounts/[^/]+/Messages\\.json"))
                .willReturn(aResponse().withTransformers(Answer.NAME)));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** How many texts the provider took for this number. */
    int takenFor(String phone) {
        AtomicInteger count = takenByNumber.get(phone);
        return count == null ? 0 : count.get();
    }

    /** Texts taken more than once: the same text to the same number. */
    long duplicates() {
        return taken.values().stream().mapToLong(count -> Math.max(0, count.get() - 1)).sum();
    }

    long faults() {
        return faults.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Answer implements ResponseDefinitionTransformerV2 {

        static final String NAME = "faulty-twilio";
        private final double faultRate;

        Answer(double faultRate) {
            this.faultRate = faultRate;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            if (ThreadLocalRandom.current().nextDouble() < faultRate) {
                faults.incrementAndGet();
                return new ResponseDefinitionBuilder().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}").build();
            }
            String to = event.getRequest().formParameter("To").firstValue();
            String body = event.getRequest().formParameter("Body").firstValue();
            taken.computeIfAbsent(to + "\n" + body, key -> new AtomicInteger()).incrementAndGet();
            takenByNumber.computeIfAbsent(to, key -> new AtomicInteger()).incrementAndGet();
            String sid = "SM" + event.getId().toString().replace("-", "");
            return new ResponseDefinitionBuilder().withStatus(201).withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\"}").build();
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
