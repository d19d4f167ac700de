package com.stillpoint.localstack.sms;

import com.jayway.jsonpath.JsonPath;
import com.stillpoint.localstack.ConsoleClient;
import com.stillpoint.localstack.DevConsoleTest;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DevConsoleTest
class SmsSinkTest {

    private static final String ACCOUNT = "AC-local-demo";
    private static final String TOKEN = "local-demo-token";
    private static final String MESSAGES = "/sms-provider/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";

    @LocalServerPort
    int port;

    private ConsoleClient console;
    private HttpServer callbackReceiver;
    private final List<StatusCallback> callbacks = new CopyOnWriteArrayList<>();

    private record StatusCallback(Map<String, String> form, String signature) {
    }

    @BeforeEach
    void startCallbackReceiver() throws IOException {
        console = new ConsoleClient(port);
        callbackReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbackReceiver.createContext("/sms-status", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
            callbacks.add(new StatusCallback(formFields(body), signature));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        callbackReceiver.start();
    }

    @AfterEach
    void stopCallbackReceiver() {
        callbackReceiver.stop(0);
    }

    @Test
    void acceptsAMessageLikeTwilioThenReportsItDelivered() {
        String callbackUrl = "http://127.0.0.1:" + callbackReceiver.getAddress().getPort() + "/sms-status";

        HttpResponse<String> created = console.postForm(MESSAGES, Map.of(
                "To", "+15550100", "From", "+15550199", "Body", "Reminder: Tuesday 10:00 at Kitsilano",
                "StatusCallback", callbackUrl), ACCOUNT, TOKEN);

        assertThat(created.statusCode()).isEqualTo(201);
        String sid = JsonPath.read(created.body(), "$.sid");
        assertThat(sid).matches("SM[0-9a-f]{32}");
        assertThat((String) JsonPath.read(created.body(), "$.status")).isEqualTo("queued");
        assertThat((String) JsonPath.read(created.body(), "$.to")).isEqualTo("+15550100");
        assertThat((String) JsonPath.read(created.body(), "$.from")).isEqualTo("+15550199");
        assertThat((String) JsonPath.read(created.body(), "$.body")).isEqualTo("Reminder: Tuesday 10:00 at Kitsilano");
        assertThat((String) JsonPath.read(created.body(), "$.account_sid")).isEqualTo(ACCOUNT);
        assertThat((String) JsonPath.read(created.body(), "$.date_created"))
                .as("RFC 2822, as Twilio writes dates")
                .matches("\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000");

        String messagePath = "/sms-provider/2010-04-01/Accounts/" + ACCOUNT + "/Messages/" + sid + ".json";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat((String) JsonPath.read(console.get(messagePath, ACCOUNT, TOKEN).body(), "$.status"))
                        .isEqualTo("delivered"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !callbacks.isEmpty());
        StatusCallback callback = callbacks.get(0);
        assertThat(callback.form()).containsEntry("MessageSid", sid).containsEntry("MessageStatus", "delivered")
                .containsEntry("To", "+15550100").containsEntry("AccountSid", ACCOUNT);
        assertThat(callback.signature()).isEqualTo(TwilioSignature.sign(TOKEN, callbackUrl, callback.form()));

        HttpResponse<String> recorded = console.get("/sms.json");
        assertThat(JsonPath.<List<String>>read(recorded.body(), "$[?(@.sid == '" + sid + "')].body"))
                .containsExactly("Reminder: Tuesday 10:00 at Kitsilano");
        assertThat(console.get("/sms").body()).contains(sid).contains("Reminder: Tuesday 10:00 at Kitsilano");
    }

    @Test
    void listsTheLatestMessagesToANumberNewestFirstLikeTwilio() {
        String number = "+1555" + System.nanoTime() % 10_000_000;
        String first = JsonPath.read(console.postForm(MESSAGES, Map.of("To", number, "From", "+15550199",
                "Body", "First"), ACCOUNT, TOKEN).body(), "$.sid");
        console.postForm(MESSAGES, Map.of("To", "+15550177", "From", "+15550199", "Body", "Someone else"),
                ACCOUNT, TOKEN);
        String second = JsonPath.read(console.postForm(MESSAGES, Map.of("To", number, "From", "+15550199",
                "Body", "Second"), ACCOUNT, TOKEN).body(), "$.sid");

        HttpResponse<String> listed = console.get(MESSAGES + "?To=" + number.replace("+", "%2B") + "&PageSize=20",
                ACCOUNT, TOKEN);

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(listed.body(), "$.messages[*].sid")).containsExactly(second, first);
        assertThat(JsonPath.<List<String>>read(listed.body(), "$.messages[*].body")).containsExactly("Second", "First");
        assertThat((Integer) JsonPath.read(listed.body(), "$.page_size")).isEqualTo(20);
        assertThat(console.get(MESSAGES + "?To=" + number.replace("+", "%2B")).statusCode()).isEqualTo(401);
    }

    @Test
    void withoutCredentialsTheApiAsksForThem() {
        HttpResponse<String> response = console.postForm(MESSAGES, Map.of("To", "+15550100", "From", "+15550199",
                "Body", "Hello"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Twilio API\"");
        assertThat((Integer) JsonPath.read(response.body(), "$.code")).isEqualTo(20003);
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(401);
    }

    @Test
    void aMessageWithoutBodyIsRejectedWithTwiliosErrorCode() {
        HttpResponse<String> response = console.postForm(MESSAGES, Map.of("To", "+15550100", "From", "+15550199"),
                ACCOUNT, TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((Integer) JsonPath.read(response.body(), "$.code")).isEqualTo(21602);
        assertThat((String) JsonPath.read(response.body(), "$.message")).isEqualTo("Message body is required.");
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(400);
    }

    @Test
    void aMessageWithoutRecipientIsRejectedWithTwiliosErrorCode() {
        HttpResponse<String> response = console.postForm(MESSAGES, Map.of("From", "+15550199", "Body", "Hello"),
                ACCOUNT, TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((Integer) JsonPath.read(response.body(), "$.code")).isEqualTo(21604);
    }

    @Test
    void anUnknownMessageIsNotFound() {
        HttpResponse<String> response = console.get("/sms-provider/2010-04-01/Accounts/" + ACCOUNT
                + "/Messages/SM00000000000000000000000000000000.json", ACCOUNT, TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat((Integer) JsonPath.read(response.body(), "$.code")).isEqualTo(20404);
    }

    private static Map<String, String> formFields(String body) {
        return Arrays.stream(body.split("&"))
                .map(field -> field.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
