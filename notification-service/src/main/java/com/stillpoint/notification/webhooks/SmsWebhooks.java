package com.stillpoint.notification.webhooks;

import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.notification.replies.ReplyHandling;
import com.stillpoint.notification.schedule.DeliveryReport;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.schedule.ScheduledMessages;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SMS provider's calls to us: delivery status of the messages we sent, and texts clients sent back. Both are
 * accepted only with a valid provider signature over the address we published and the form the provider posted;
 * anything else is refused before it is read.
 */
@RestController
class SmsWebhooks {

    private static final Pattern CHAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String TWIML_EMPTY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final WebhookUrls urls;
    private final String authToken;
    private final ScheduledMessages messages;
    private final ReplyHandling replies;
    private final Clock clock;

    SmsWebhooks(WebhookUrls urls, NotificationProperties properties, ScheduledMessages messages, ReplyHandling replies,
                Clock clock) {
        this.urls = urls;
        this.authToken = properties.sms().authToken();
        this.messages = messages;
        this.replies = replies;
        this.clock = clock;
    }

    /** A delivery report. The message is named by the callback address we gave the provider with it. */
    @PostMapping(path = WebhookUrls.STATUS_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(HttpServletRequest request) {
        MultiValueMap<String, String> form = verifiedForm(request, WebhookUrls.STATUS_PATH);
        MultiValueMap<String, String> query = queryOf(request);
        String chainId = query.getFirst("chain");
        String messageId = query.getFirst("message");
        Optional<DeliveryReport> report = reportOf(form);
        if (chainId != null && CHAIN.matcher(chainId).matches() && messageId != null && report.isPresent()) {
            TenantContext.runAs(chainId, () -> apply(messageId, report.get()));
        }
        return ResponseEntity.noContent().build();
    }

    /** A text from a client. Answered with empty TwiML: any answer we send goes through the schedule. */
    @PostMapping(path = WebhookUrls.INBOUND_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> inbound(HttpServletRequest request) {
        MultiValueMap<String, String> form = verifiedForm(request, WebhookUrls.INBOUND_PATH);
        String messageSid = form.getFirst("MessageSid");
        String from = form.getFirst("From");
        if (messageSid != null && from != null) {
            replies.onText(messageSid, from, form.getFirst("Body"));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(TWIML_EMPTY);
    }

    private void apply(String messageId, DeliveryReport report) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<ScheduledMessage> message = messages.find(messageId);
            if (message.isEmpty() || !message.get().deliveryReported(report, clock.instant())
                    || messages.save(message.get())) {
                return;
            }
        }
    }

    private static Optional<DeliveryReport> reportOf(MultiValueMap<String, String> form) {
        String sid = form.getFirst("MessageSid");
        String status = form.getFirst("MessageStatus");
        if (sid == null || status == null) {
            return Optional.empty();
        }
        DeliveryReport.Outcome outcome = switch (status.toLowerCase(Locale.ROOT)) {
            case "delivered", "read" -> DeliveryReport.Outcome.DELIVERED;
            case "undelivered", "failed", "canceled" -> DeliveryReport.Outcome.UNDELIVERED;
            default -> DeliveryReport.Outcome.ACCEPTED;
        };
        String errorCode = form.getFirst("ErrorCode");
        return Optional.of(new DeliveryReport(sid, outcome,
                errorCode != null && errorCode.matches("\\d{1,6}") ? errorCode : null));
    }

    /**
     * The POSTed form, once its signature checks out. The signature covers the published address with its query,
     * and the form fields of the body; the servlet merges both into its parameters, so the query's are taken out.
     */
    private MultiValueMap<String, String> verifiedForm(HttpServletRequest request, String path) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, new ArrayList<>(List.of(values))));
        queryOf(request).forEach((name, values) -> values.forEach(value -> {
            List<String> formValues = form.get(name);
            if (formValues != null) {
                formValues.remove(value);
                if (formValues.isEmpty()) {
                    form.remove(name);
                }
            }
        }));
        String url = urls.signedUrl(path, request.getQueryString());
        if (!TwilioSignature.matches(authToken, url, form, request.getHeader(TwilioSignature.HEADER))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "The request is not signed by the SMS provider.");
            problem.setType(URI.create("https://stillpoint.dev/problems/invalid-signature"));
            problem.setProperty("code", "invalid-signature");
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
        }
        return form;
    }

    private static MultiValueMap<String, String> queryOf(HttpServletRequest request) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        if (request.getQueryString() != null) {
            UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                    .forEach((name, values) -> values.forEach(value ->
                            query.add(decode(name), value == null ? "" : decode(value))));
        }
        return query;
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
