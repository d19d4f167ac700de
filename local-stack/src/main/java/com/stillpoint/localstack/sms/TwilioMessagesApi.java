package com.stillpoint.localstack.sms;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The subset of Twilio's Messages API the services use, at
 * {@code /sms-provider/2010-04-01/Accounts/{AccountSid}/Messages.json}: send a message, fetch its status, and list
 * the latest messages to a number (what a sender does to find a message whose send timed out), with
 * Twilio's authentication, validation errors and JSON. Point a Twilio client's base URL at
 * {@code http://localhost:8080/sms-provider}.
 */
@RestController
@RequestMapping("/sms-provider/" + TwilioMessageResource.API_VERSION + "/Accounts/{accountSid}")
class TwilioMessagesApi {

    private static final int MAX_BODY_LENGTH = 1600;
    private static final int MAX_PAGE_SIZE = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SmsMessages messages;
    private final SimulatedCarrier carrier;
    private final SmsSinkProperties properties;
    private final Clock clock;

    TwilioMessagesApi(SmsMessages messages, SimulatedCarrier carrier, SmsSinkProperties properties, Clock clock) {
        this.messages = messages;
        this.carrier = carrier;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/Messages.json")
    ResponseEntity<TwilioMessageResource> send(@PathVariable String accountSid,
                                               @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
                                               String authorization,
                                               @RequestParam(name = "To", required = false) String to,
                                               @RequestParam(name = "From", required = false) String from,
                                               @RequestParam(name = "Body", required = false) String body,
                                               @RequestParam(name = "StatusCallback", required = false)
                                               String statusCallback) {
        authenticate(accountSid, authorization);
        if (isBlank(to)) {
            throw TwilioApiException.invalidParameter(21604, "A 'To' phone number is required.");
        }
        if (isBlank(from)) {
            throw TwilioApiException.invalidParameter(21603, "A 'From' phone number is required.");
        }
        if (isBlank(body)) {
            throw TwilioApiException.invalidParameter(21602, "Message body is required.");
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw TwilioApiException.invalidParameter(21617,
                    "The concatenated message body exceeds the " + MAX_BODY_LENGTH + " character limit.");
        }
        SmsMessage message = new SmsMessage(newSid(), accountSid, to, from, body, SmsStatus.QUEUED,
                callbackUrl(statusCallback), clock.instant(), clock.instant());
        messages.add(message);
        carrier.deliverLater(message);
        return ResponseEntity.status(HttpStatus.CREATED).body(TwilioMessageResource.of(message));
    }

    /** The latest messages, newest first, optionally only those to one number, as Twilio's message list. */
    @GetMapping("/Messages.json")
    TwilioMessagePage list(@PathVariable String accountSid,
                           @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                           @RequestParam(name = "To", required = false) String to,
                           @RequestParam(name = "PageSize", defaultValue = "50") int pageSize) {
        authenticate(accountSid, authorization);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        List<TwilioMessageResource> page = messages.newestFirst().stream()
                .filter(message -> message.accountSid().equals(accountSid))
                .filter(message -> to == null || to.equals(message.to()))
                .limit(size)
                .map(TwilioMessageResource::of)
                .toList();
        return new TwilioMessagePage(page, 0, size, "/" + TwilioMessageResource.API_VERSION + "/Accounts/" + accountSid
                + "/Messages.json");
    }

    @GetMapping("/Messages/{sid}.json")
    TwilioMessageResource fetch(@PathVariable String accountSid,
                                @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
                                String authorization,
                                @PathVariable String sid) {
        authenticate(accountSid, authorization);
        return messages.find(sid)
                .filter(message -> message.accountSid().equals(accountSid))
                .map(TwilioMessageResource::of)
                .orElseThrow(() -> TwilioApiException.notFound("/" + TwilioMessageResource.API_VERSION + "/Accounts/"
                        + accountSid + "/Messages/" + sid + ".json"));
    }

    @ExceptionHandler
    ResponseEntity<TwilioError> rejected(TwilioApiException rejection) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(rejection.status());
        if (rejection.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Twilio API\"");
        }
        return response.body(rejection.toError());
    }

    /** HTTP Basic with the account sid as user name, for the account in the path, as Twilio requires. */
    private void authenticate(String accountSid, String authorization) {
        byte[] expected = (properties.accountSid() + ":" + properties.authToken()).getBytes(StandardCharsets.UTF_8);
        if (!properties.accountSid().equals(accountSid)
                || !MessageDigest.isEqual(expected, basicCredentials(authorization))) {
            throw TwilioApiException.unauthenticated();
        }
    }

    private static byte[] basicCredentials(String authorization) {
        String scheme = "Basic ";
        if (authorization == null || !authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(authorization.substring(scheme.length()).trim());
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private static URI callbackUrl(String statusCallback) {
        if (isBlank(statusCallback)) {
            return null;
        }
        try {
            URI url = new URI(statusCallback);
            if (url.getHost() != null && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                return url;
            }
            throw invalidCallback(statusCallback);
        } catch (URISyntaxException e) {
            throw invalidCallback(statusCallback);
        }
    }

    private static TwilioApiException invalidCallback(String statusCallback) {
        return TwilioApiException.invalidParameter(21609, "The StatusCallback URL " + statusCallback
                + " is not a valid URL.");
    }

    private static String newSid() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return "SM" + HexFormat.of().formatHex(id);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
