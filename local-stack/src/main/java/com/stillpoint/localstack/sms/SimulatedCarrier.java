package com.stillpoint.localstack.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Plays the phone network: shortly after the sink accepts a message it marks it delivered and, if the sender asked,
 * reports that to its {@code StatusCallback} as Twilio does, a signed form POST. Best effort: a failed callback is
 * logged, never retried.
 */
@Component
class SimulatedCarrier {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCarrier.class);
    private static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(10);

    private final SmsMessages messages;
    private final String authToken;
    private final Executor afterDeliveryDelay;
    private final HttpClient httpClient = HttpClient.newBuilder().connectTimeout(CALLBACK_TIMEOUT).build();

    SimulatedCarrier(SmsMessages messages, SmsSinkProperties properties) {
        this.messages = messages;
        this.authToken = properties.authToken();
        this.afterDeliveryDelay = CompletableFuture.delayedExecutor(properties.deliveryDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void deliverLater(SmsMessage message) {
        CompletableFuture.runAsync(() -> messages.markDelivered(message.sid())
                .filter(delivered -> delivered.statusCallback() != null)
                .ifPresent(this::reportStatus), afterDeliveryDelay);
    }

    private void reportStatus(SmsMessage message) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", message.sid());
        form.put("SmsSid", message.sid());
        form.put("MessageStatus", message.status().twilioName());
        form.put("SmsStatus", message.status().twilioName());
        form.put("AccountSid", message.accountSid());
        form.put("From", message.from());
        form.put("To", message.to());
        form.put("ApiVersion", TwilioMessageResource.API_VERSION);
        String url = message.statusCallback().toString();
        HttpRequest request = HttpRequest.newBuilder(message.statusCallback())
                .timeout(CALLBACK_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(TwilioSignature.HEADER, TwilioSignature.sign(authToken, url, form))
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
                .build();
        httpClient.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                log.warn("Status callback for {} to {} failed: {}", message.sid(), url, failure.toString());
            } else if (response.statusCode() >= 300) {
                log.warn("Status callback for {} to {} answered {}", message.sid(), url, response.statusCode());
            }
        });
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
