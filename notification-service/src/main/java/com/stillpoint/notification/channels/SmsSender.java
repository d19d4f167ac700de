package com.stillpoint.notification.channels;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.NotificationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * SMS through a Twilio-compatible HTTP API: Twilio itself in production, the local stack's SMS sink in
 * development, a stub server in tests. Only the base URL and credentials differ.
 *
 * <p>A lookup lists the latest messages to the number ({@code GET Messages.json?To=}) and recognises ours by the
 * fingerprint of number and text, and by having been created since the attempt started: no client reference is
 * needed, which Twilio's API does not offer.
 */
@Component
class SmsSender implements ChannelSender {

    private static final String MESSAGES = "/2010-04-01/Accounts/{account}/Messages.json";
    private static final int TOO_MANY_REQUESTS = 429;
    /** Allows for the provider's clock being a little behind ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final RestClient provider;
    private final String accountSid;
    private final String from;
    private final int lookupPageSize;

    SmsSender(RestClient.Builder http, NotificationProperties properties) {
        NotificationProperties.Sms sms = properties.sms();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(sms.connectTimeout())
                .build());
        requests.setReadTimeout(sms.readTimeout());
        this.provider = http.baseUrl(sms.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeaders(headers -> headers.setBasicAuth(sms.accountSid(), sms.authToken()))
                .build();
        this.accountSid = sms.accountSid();
        this.from = sms.from();
        this.lookupPageSize = sms.lookupPageSize();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TwilioMessage(String sid, String to, String body, @JsonProperty("date_created") String dateCreated) {

        Instant created() {
            try {
                return ZonedDateTime.parse(dateCreated, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException | NullPointerException unreadable) {
                return Instant.EPOCH;
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TwilioMessagePage(List<TwilioMessage> messages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TwilioError(Integer code) {
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String send(OutgoingMessage message) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", message.to());
        form.add("From", from);
        form.add("Body", message.body());
        if (message.statusCallback() != null) {
            form.add("StatusCallback", message.statusCallback().toString());
        }
        try {
            TwilioMessage created = provider.post()
                    .uri(MESSAGES, accountSid)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(TwilioMessage.class);
            if (created == null || created.sid() == null) {
                throw new AmbiguousSendException("The SMS provider answered without a message id", null);
            }
            return created.sid();
        } catch (RestClientException e) {
            throw translate(e, true);
        }
    }

    @Override
    public Optional<String> findSent(String to, String fingerprint, Instant since) {
        try {
            TwilioMessagePage page = provider.get()
                    // As a variable, the number is encoded strictly: its "+" must not arrive as a space.
                    .uri(uri -> uri.path(MESSAGES).queryParam("To", "{to}").queryParam("PageSize", lookupPageSize)
                            .build(accountSid, to))
                    .retrieve()
                    .body(TwilioMessagePage.class);
            List<TwilioMessage> messages = page == null || page.messages() == null ? List.of() : page.messages();
            return messages.stream()
                    .filter(sent -> !sent.created().isBefore(since.minus(CLOCK_SKEW)))
                    .filter(sent -> fingerprint.equals(OutgoingMessage.fingerprintOf(Channel.SMS, sent.to(), sent.body())))
                    .map(TwilioMessage::sid)
                    .findFirst();
        } catch (RestClientException e) {
            throw translate(e, false);
        }
    }

    /**
     * Sorts a failure by what it means for the message: refused for good (4xx), certainly not taken (429, 5xx,
     * no connection), or unknown (the request went out and no answer came back).
     */
    private static ProviderException translate(RestClientException e, boolean requestMayHaveLanded) {
        if (e instanceof HttpStatusCodeException answered) {
            int status = answered.getStatusCode().value();
            if (answered.getStatusCode().is4xxClientError() && status != TOO_MANY_REQUESTS) {
                String code = errorCodeOf(answered);
                return new ProviderRejectedException(code, "The SMS provider refused the message (HTTP " + status
                        + (code == null ? "" : ", error " + code) + ")", null);
            }
            return new ProviderUnavailableException("The SMS provider is unavailable (HTTP " + status + ")", null);
        }
        Throwable cause = e.getCause();
        boolean neverConnected = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
        if (e instanceof ResourceAccessException && requestMayHaveLanded && !neverConnected) {
            return new AmbiguousSendException("No answer from the SMS provider: " + cause.getClass().getSimpleName(), null);
        }
        return new ProviderUnavailableException("The SMS provider could not be reached: "
                + (cause == null ? e.getClass().getSimpleName() : cause.getClass().getSimpleName()), null);
    }

    private static String errorCodeOf(HttpStatusCodeException refused) {
        try {
            TwilioError error = refused.getResponseBodyAs(TwilioError.class);
            return error == null || error.code() == null ? null : error.code().toString();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
