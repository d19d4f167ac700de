package com.stillpoint.notification.admin;

import com.stillpoint.notification.dispatch.MessageDue;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.schedule.ScheduledMessages;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.problem.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/** Undelivered messages, for administrators to see and retry. */
@RestController
@RequestMapping("/api/notification/messages")
class MessageAdminController {

    private final ScheduledMessages messages;
    private final ClinicAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageAdminController(ScheduledMessages messages, ClinicAccess access, ApplicationEventPublisher events,
                           Clock clock) {
        this.messages = messages;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Messages in a status (by default the failed ones), oldest due first, at the clinics the caller works at. */
    @GetMapping
    List<MessageView> list(@RequestParam(defaultValue = "FAILED") MessageStatus status) {
        return messages.inStatus(status).stream()
                .filter(message -> access.canSee(message.content().clinicId()))
                .map(MessageView::of)
                .toList();
    }

    @GetMapping("/{messageId}")
    MessageView get(@PathVariable String messageId) {
        return MessageView.of(visible(messageId));
    }

    /** Sends a failed message again, at once, with a fresh set of attempts. */
    @PostMapping("/{messageId}/retry")
    MessageView retry(@PathVariable String messageId) {
        ScheduledMessage message = visible(messageId);
        if (message.status() != MessageStatus.FAILED) {
            throw new ConflictException("message-not-failed", "Only a failed message can be retried; this one is "
                    + message.status() + ".");
        }
        message.retryNow(clock.instant());
        if (!messages.save(message)) {
            throw new ConflictException("concurrent-update", "The message changed meanwhile; reload and retry.");
        }
        events.publishEvent(new MessageDue(message.chainId(), message.id()));
        return MessageView.of(message);
    }

    private ScheduledMessage visible(String messageId) {
        return messages.find(messageId)
                .filter(message -> access.canSee(message.content().clinicId()))
                .orElseThrow(() -> new NotFoundException("message", messageId));
    }
}
