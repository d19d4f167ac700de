package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.notification.appointments.AppointmentRecord;
import com.stillpoint.notification.appointments.Appointments;
import com.stillpoint.notification.channels.DeliveryResult;
import com.stillpoint.notification.channels.OutgoingMessage;
import com.stillpoint.notification.channels.ProviderUnavailableException;
import com.stillpoint.notification.channels.ResilientDelivery;
import com.stillpoint.notification.recipients.OptOuts;
import com.stillpoint.notification.recipients.QuietHours;
import com.stillpoint.notification.recipients.Reach;
import com.stillpoint.notification.recipients.Recipients;
import com.stillpoint.notification.recipients.SmsAllowance;
import com.stillpoint.notification.replies.EmailUnsubscribes;
import com.stillpoint.notification.replies.SmsThreads;
import com.stillpoint.notification.schedule.Attempt;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.schedule.ScheduledMessages;
import com.stillpoint.notification.templates.MessageRenderer;
import com.stillpoint.notification.webhooks.WebhookUrls;
import com.stillpoint.platform.correlation.CorrelationId;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.reference.ClinicProfile;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.platform.tenancy.TenantRef;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Sends due messages. A dispatcher first claims a message with a lease (a write conditioned on the version it
 * read, which only one instance can win), then decides whether it may still go out ({@link DeliveryRules}),
 * renders it, records that an attempt is starting, calls the provider through its guards, and records the
 * outcome. An attempt whose outcome was never learned (a timeout, a dispatcher that died) is settled by asking
 * the provider before the message is ever sent again.
 *
 * <p>Logs name messages by id only: never an address, a name or a text.
 */
@Component
public class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final ScheduledMessages messages;
    private final Recipients recipients;
    private final OptOuts optOuts;
    private final SmsAllowance smsAllowance;
    private final Appointments appointments;
    private final ClinicDirectory clinics;
    private final MessageRenderer renderer;
    private final LinkSealer linkSealer;
    private final ResilientDelivery delivery;
    private final SmsThreads threads;
    private final WebhookUrls webhooks;
    private final EmailUnsubscribes unsubscribes;
    private final Clock clock;
    private final NotificationProperties properties;
    private final DeliveryRules rules;
    private final DispatchMetrics metrics;
    private final Retry storeRetry;
    private final ExecutorService workers;

    Dispatcher(ScheduledMessages messages, Recipients recipients, OptOuts optOuts, SmsAllowance smsAllowance,
               Appointments appointments, ClinicDirectory clinics, MessageRenderer renderer, LinkSealer linkSealer,
               ResilientDelivery delivery, SmsThreads threads, WebhookUrls webhooks, EmailUnsubscribes unsubscribes,
               Clock clock, NotificationProperties properties, DispatchMetrics metrics, RetryRegistry retries) {
        this.messages = messages;
        this.recipients = recipients;
        this.optOuts = optOuts;
        this.smsAllowance = smsAllowance;
        this.appointments = appointments;
        this.clinics = clinics;
        this.renderer = renderer;
        this.linkSealer = linkSealer;
        this.delivery = delivery;
        this.threads = threads;
        this.webhooks = webhooks;
        this.unsubscribes = unsubscribes;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
        this.storeRetry = retries.retry("message-store");
        this.rules = new DeliveryRules(new QuietHours(properties.quietHours().start(), properties.quietHours().end()));
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.dispatchThreads(), runnable -> {
            Thread thread = new Thread(runnable, "dispatcher-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @EventListener
    void onDue(MessageDue due) {
        dispatchAsync(new TenantRef(due.chainId(), due.messageId())).exceptionally(failure -> {
            log.warn("Dispatch of message {} failed; it stays due for the poller: {}", due.messageId(),
                    failure.getCause() == null ? failure.toString() : failure.getCause().toString());
            return null;
        });
    }

    /** Dispatches a message on one of this dispatcher's workers, inside its chain. */
    public CompletableFuture<Void> dispatchAsync(TenantRef message) {
        return CompletableFuture.runAsync(() -> TenantContext.runAs(message.chainId(), () -> dispatch(message.id())),
                workers);
    }

    /** Dispatches one message of the current chain, if it is due and nobody else holds it. */
    public void dispatch(String messageId) {
        Instant now = clock.instant();
        Optional<ScheduledMessage> found = messages.find(messageId);
        if (found.isEmpty()) {
            return;
        }
        try (CorrelationId.Scope traced = CorrelationId.resume(found.get().correlationId())) {
            dispatch(found.get(), now);
        }
    }

    private void dispatch(ScheduledMessage message, Instant now) {
        if (!messages.claim(message, now, now.plus(properties.lease()))) {
            return;
        }
        if (message.pendingAttempt() != null && !settlePendingAttempt(message, now)) {
            return;
        }
        Optional<Reach> reach = recipients.reach(message.recipientId());
        Optional<ClinicProfile> clinic = clinics.find(message.content().clinicId());
        Optional<AppointmentRecord> appointment = appointmentOf(message);
        Decision decision = rules.decide(message, reach, clinic.isPresent(), appointment, now,
                day -> smsAllowance.availableTo(message.recipientId(), day, message.id()));
        switch (decision.action()) {
            case SKIP -> record(message, sending -> sending.skip(decision.reason()));
            case DEFER -> record(message, sending -> sending.retryAt(decision.until(), decision.reason()));
            case WAIT -> {
                message.attempted();
                retryOrFail(message, now, decision.reason());
            }
            case SEND -> send(message, decision.channel(), reach.get(), clinic.get(), now);
        }
    }

    private void send(ScheduledMessage message, Channel channel, Reach reach, ClinicProfile clinic, Instant now) {
        if (message.attempts() >= properties.maxAttempts()) {
            record(message, sending -> sending.fail("gave up after " + message.attempts() + " attempts"));
            return;
        }
        if (channel == Channel.SMS && !message.kind().critical() && !smsAllowance.take(message.recipientId(),
                now.atZone(reach.recipient().zone()).toLocalDate(), message.id())) {
            record(message, sending -> sending.retryAt(rules.startOfNextDay(now, reach.recipient().zone()),
                    DeliveryRules.ONE_TEXT_A_DAY));
            return;
        }
        OutgoingMessage outgoing = render(message, channel, reach, clinic);
        message.startAttempt(new Attempt(channel, outgoing.fingerprint(), now));
        if (!messages.save(message)) {
            return;
        }
        DeliveryResult result = delivery.send(outgoing, () -> lastCheck(message, channel));
        if (result.outcome() == DeliveryResult.Outcome.CIRCUIT_OPEN && channel == Channel.SMS
                && message.kind().channels().contains(Channel.EMAIL) && reach.reachableOn(Channel.EMAIL)) {
            outgoing = render(message, Channel.EMAIL, reach, clinic);
            Attempt fallback = new Attempt(Channel.EMAIL, outgoing.fingerprint(), now);
            message.notTaken();
            message.startAttempt(fallback);
            if (!messages.save(message)) {
                return;
            }
            result = delivery.send(outgoing, () -> lastCheck(message, Channel.EMAIL));
        }
        recordResult(message, outgoing, result, now);
    }

    private void recordResult(ScheduledMessage message, OutgoingMessage sent, DeliveryResult result, Instant now) {
        Channel channel = sent.channel();
        metrics.called(channel, result.outcome());
        switch (result.outcome()) {
            case SENT -> {
                log.info("Message {} ({}) sent by {}", message.id(), message.kind(), channel);
                record(message, sending -> sending.sent(channel, result.providerId(), now));
                if (channel == Channel.SMS) {
                    threads.sent(sent.to(), message.chainId(), message.recipientId(), message.appointmentId(), now);
                }
            }
            case REFUSED -> record(message, sending -> sending.fail(result.detail()));
            case RECIPIENT_OPTED_OUT -> {
                optOuts.optOut(message.recipientId(), channel, now);
                record(message, sending -> sending.skip("the client opted out at the provider"));
            }
            case VETOED -> record(message, sending -> {
                sending.notTaken();
                sending.skip(result.detail());
            });
            case AMBIGUOUS -> {
                log.warn("Message {}: no answer from the {} provider; it will be asked before any retry",
                        message.id(), channel);
                record(message, sending -> sending.retryAt(now.plus(backoff(sending.attempts())), result.detail()));
            }
            case UNAVAILABLE, CIRCUIT_OPEN -> {
                log.warn("Message {} not sent (attempt {}): {}", message.id(), message.attempts(), result.detail());
                message.notTaken();
                retryOrFail(message, now, result.detail());
            }
        }
    }

    /**
     * Asks the provider about an attempt whose outcome we never learned. If it has the message, that attempt
     * counts as the send; if it certainly doesn't, the message goes on to be sent; if it can't be asked, the
     * message waits.
     *
     * @return whether to go on and send
     */
    private boolean settlePendingAttempt(ScheduledMessage message, Instant now) {
        Attempt pending = message.pendingAttempt();
        Optional<String> address = recipients.find(message.recipientId())
                .map(recipient -> recipient.addressOn(pending.channel()));
        if (address.isEmpty()) {
            record(message, sending -> sending.retryAt(now.plus(backoff(sending.attempts())),
                    "recipient not known: cannot ask the provider about the last attempt"));
            return false;
        }
        Optional<String> providerId;
        try {
            providerId = delivery.findSent(pending.channel(), address.get(), pending.fingerprint(), pending.startedAt());
        } catch (ProviderUnavailableException unavailable) {
            record(message, sending -> sending.retryAt(now.plus(backoff(sending.attempts())),
                    "cannot ask the provider about the last attempt yet"));
            return false;
        }
        if (providerId.isPresent()) {
            record(message, sending -> sending.sent(pending.channel(), providerId.get(), now));
            return false;
        }
        message.notTaken();
        return true;
    }

    /** Right before the call: the client may have opted out, or the appointment moved, since the decision. */
    private Optional<String> lastCheck(ScheduledMessage message, Channel channel) {
        if (optOuts.of(message.recipientId()).contains(channel)) {
            return Optional.of("the client opted out of " + channel);
        }
        return DeliveryRules.staleness(message, appointmentOf(message), clock.instant());
    }

    private OutgoingMessage render(ScheduledMessage message, Channel channel, Reach reach, ClinicProfile clinic) {
        URI link = message.content().sealedLink() == null ? null : linkSealer.unseal(message.content().sealedLink());
        MessageRenderer.Rendered text = renderer.render(message.kind(), channel, message.content(), reach.recipient(),
                clinic, link);
        return new OutgoingMessage(channel, reach.recipient().addressOn(channel), text.subject(), text.body(),
                message.chainId() + ":" + message.id(),
                channel == Channel.SMS ? webhooks.statusCallback(message.chainId(), message.id()) : null,
                channel == Channel.EMAIL ? unsubscribes.linkFor(message.recipientId()) : null);
    }

    private void retryOrFail(ScheduledMessage message, Instant now, String why) {
        if (message.attempts() >= properties.maxAttempts()) {
            record(message, sending -> sending.fail(why));
        } else {
            record(message, sending -> sending.retryAt(now.plus(backoff(Math.max(1, sending.attempts()))), why));
        }
    }

    /** Exponential, from the configured first wait up to its cap, with a fifth of jitter so retries spread out. */
    private Duration backoff(int attempts) {
        long first = properties.retryBackoff().toMillis();
        long exponential = first << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(exponential, properties.maxRetryBackoff().toMillis());
        return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1));
    }

    /**
     * Applies a change to the message we hold and stores it. If something else changed it meanwhile (a provider's
     * status callback can overtake our own record of the send), the change is applied to the stored message if that
     * is still being sent, and dropped if it already has its outcome.
     *
     * <p>If MongoDB cannot be reached, storing is retried ({@code message-store} retry, spanning about a lease):
     * what the provider told us exists only in this dispatcher, and once the lease ends another dispatcher would
     * send again, which for email it cannot ask the provider about first.
     */
    private void record(ScheduledMessage message, Consumer<ScheduledMessage> change) {
        change.accept(message);
        storeRetry.executeRunnable(() -> {
            if (messages.save(message)) {
                return;
            }
            Optional<ScheduledMessage> current = messages.find(message.id());
            if (current.isPresent() && current.get().status() == MessageStatus.SENDING) {
                change.accept(current.get());
                messages.save(current.get());
            }
        });
    }

    private Optional<AppointmentRecord> appointmentOf(ScheduledMessage message) {
        return message.appointmentId() == null ? Optional.empty() : appointments.find(message.appointmentId());
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
