package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.channels.ChannelSender;
import com.stillpoint.notification.channels.ProviderException;
import com.stillpoint.notification.recipients.Recipient;
import com.stillpoint.notification.recipients.Recipients;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.schedule.ScheduledMessages;
import com.stillpoint.notification.templates.MessageRenderer;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.reference.ClinicProfile;
import com.stillpoint.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends due messages. A dispatcher first claims a message with a lease (a conditional write that only one
 * instance can win), then renders and sends it, then records the outcome. Messages due now are dispatched at
 * once; a poll picks up everything else that falls due, and any message whose dispatcher died mid-way.
 */
@Component
public class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_ATTEMPTS = 5;

    private final ScheduledMessages messages;
    private final Recipients recipients;
    private final ClinicDirectory clinics;
    private final MessageRenderer renderer;
    private final LinkSealer linkSealer;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService immediate = Executors.newFixedThreadPool(2);

    Dispatcher(ScheduledMessages messages, Recipients recipients, ClinicDirectory clinics, MessageRenderer renderer,
               LinkSealer linkSealer, List<ChannelSender> senders, Clock clock,
               @Value("${stillpoint.notification.lease:60s}") Duration lease) {
        this.messages = messages;
        this.recipients = recipients;
        this.clinics = clinics;
        this.renderer = renderer;
        this.linkSealer = linkSealer;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.clock = clock;
        this.lease = lease;
    }

    @EventListener
    void onDue(MessageDue due) {
        immediate.execute(() -> TenantContext.runAs(due.chainId(), () -> dispatch(due.messageId())));
    }

    @Scheduled(fixedDelayString = "${stillpoint.notification.poll-interval:5s}")
    void dispatchDue() {
        messages.dueAcrossChains(clock.instant())
                .forEach(due -> TenantContext.runAs(due.chainId(), () -> dispatch(due.id())));
    }

    void dispatch(String messageId) {
        Optional<ScheduledMessage> found = messages.find(messageId);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().claim(now, now.plus(lease))) {
            return;
        }
        ScheduledMessage message = found.get();
        try {
            messages.save(message);
        } catch (ConcurrentUpdateException anotherDispatcherWon) {
            return;
        }
        deliver(message, now);
        messages.save(message);
    }

    private void deliver(ScheduledMessage message, Instant now) {
        Optional<Recipient> recipient = recipients.find(message.recipientId());
        Optional<ClinicProfile> clinic = clinics.find(message.content().clinicId());
        if (recipient.isEmpty() || clinic.isEmpty()) {
            retryOrFail(message, now, "recipient or clinic not known yet");
            return;
        }
        if (!recipient.get().allows(message.channel())) {
            message.skip("client did not allow " + message.channel());
            return;
        }
        URI link = message.content().sealedLink() == null ? null : linkSealer.unseal(message.content().sealedLink());
        try {
            String providerId = senders.get(message.channel()).send(renderer.render(message, recipient.get(), clinic.get(), link));
            message.sent(providerId, now);
        } catch (ProviderException e) {
            log.warn("Message {} not sent (attempt {}): {}", message.id(), message.attempts(), e.getMessage());
            retryOrFail(message, now, e.getMessage());
        }
    }

    private static void retryOrFail(ScheduledMessage message, Instant now, String why) {
        if (message.attempts() >= MAX_ATTEMPTS) {
            message.fail(why);
        } else {
            message.retryAt(now.plus(Duration.ofSeconds(5L << (message.attempts() - 1))), why);
        }
    }

    @Override
    public void destroy() {
        immediate.shutdown();
    }
}
