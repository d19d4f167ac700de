package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;

/**
 * One message to one client on one channel, due at a time. Its id is its deduplication key,
 * (appointment, appointment version, kind, channel): scheduling the same message twice is impossible, and
 * a redelivered event finds the message it already scheduled.
 */
public class ScheduledMessage extends AggregateRoot {

    private String recipientId;
    private String appointmentId;
    private long appointmentVersion;
    private MessageKind kind;
    private Channel channel;
    private MessageContent content;
    private Instant dueAt;
    private MessageStatus status;
    private Instant leaseUntil;
    private int attempts;
    private String providerMessageId;
    private Instant sentAt;
    private String outcome;

    private ScheduledMessage() {
    }

    private ScheduledMessage(String id, String chainId) {
        super(id, chainId);
    }

    public static String keyOf(String appointmentId, long appointmentVersion, MessageKind kind, Channel channel) {
        return String.join(":", appointmentId, Long.toString(appointmentVersion),
                kind.name().toLowerCase(Locale.ROOT), channel.name().toLowerCase(Locale.ROOT));
    }

    static ScheduledMessage schedule(String chainId, String recipientId, String appointmentId, long appointmentVersion,
                                     MessageKind kind, Channel channel, MessageContent content, Instant dueAt) {
        ScheduledMessage message = new ScheduledMessage(keyOf(appointmentId, appointmentVersion, kind, channel), chainId);
        message.recipientId = recipientId;
        message.appointmentId = appointmentId;
        message.appointmentVersion = appointmentVersion;
        message.kind = kind;
        message.channel = channel;
        message.content = content;
        message.dueAt = dueAt;
        message.status = MessageStatus.SCHEDULED;
        return message;
    }

    /**
     * Takes the message for sending until the lease ends. Only a due, scheduled message, or one whose previous
     * sender's lease ran out, can be taken; the caller's conditional save decides between concurrent takers.
     *
     * @return whether it was taken
     */
    public boolean claim(Instant now, Instant leaseEnd) {
        boolean due = status == MessageStatus.SCHEDULED && !dueAt.isAfter(now);
        boolean abandoned = status == MessageStatus.SENDING && leaseUntil.isBefore(now);
        if (!due && !abandoned) {
            return false;
        }
        status = MessageStatus.SENDING;
        leaseUntil = leaseEnd;
        attempts++;
        return true;
    }

    public void sent(String providerId, Instant now) {
        requireSending();
        status = MessageStatus.SENT;
        providerMessageId = providerId;
        sentAt = now;
        outcome = "sent";
    }

    /** Puts the message back in the schedule, to be tried again at {@code at}. */
    public void retryAt(Instant at, String why) {
        requireSending();
        status = MessageStatus.SCHEDULED;
        dueAt = at;
        outcome = why;
    }

    public void fail(String why) {
        requireSending();
        status = MessageStatus.FAILED;
        outcome = why;
    }

    public void skip(String why) {
        requireSending();
        status = MessageStatus.SKIPPED;
        outcome = why;
    }

    /** @return whether anything changed: only a message not yet being sent can still be cancelled */
    boolean cancel(String why) {
        if (status != MessageStatus.SCHEDULED) {
            return false;
        }
        status = MessageStatus.CANCELLED;
        outcome = why;
        return true;
    }

    private void requireSending() {
        if (!EnumSet.of(MessageStatus.SENDING).contains(status)) {
            throw new IllegalStateException("Message " + id() + " is " + status + ", not being sent");
        }
    }

    public String recipientId() {
        return recipientId;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public MessageKind kind() {
        return kind;
    }

    public Channel channel() {
        return channel;
    }

    public MessageContent content() {
        return content;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String outcome() {
        return outcome;
    }
}
