package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One message to one client on one channel, due at a time. Its id is its deduplication key,
 * (appointment, appointment version, kind, channel): scheduling the same message twice is impossible, and
 * a redelivered event finds the message it already scheduled.
 *
 * <p>Every change is stored with a write conditioned on the version read, so of two dispatchers that claim the
 * same message only one succeeds, and a cancellation cannot be lost under a claim.
 */
public class ScheduledMessage extends AggregateRoot {

    private String recipientId;
    private String appointmentId;
    private long appointmentVersion;
    private MessageKind kind;
    private Channel channel;
    private MessageContent content;
    private Instant dueAt;
    /** When it was meant to go out: its due time before any retry or deferral moved it. */
    private Instant plannedFor;
    private MessageStatus status;
    private Instant leaseUntil;
    private int attempts;
    private Attempt pendingAttempt;
    private String providerMessageId;
    private Channel sentVia;
    private Instant sentAt;
    private String outcome;
    private String correlationId;

    private ScheduledMessage() {
    }

    private ScheduledMessage(String id, String chainId) {
        super(id, chainId);
    }

    /**
     * @param subjectId what the message is about: an appointment, or for messages outside one, a waitlist offer
     *                  or the client's text being answered
     */
    public static String keyOf(String subjectId, long appointmentVersion, MessageKind kind, Channel channel) {
        return String.join(":", subjectId, Long.toString(appointmentVersion),
                kind.name().toLowerCase(Locale.ROOT), channel.name().toLowerCase(Locale.ROOT));
    }

    static ScheduledMessage schedule(String chainId, String recipientId, String subjectId, String appointmentId,
                                     long appointmentVersion, MessageKind kind, Channel channel,
                                     MessageContent content, Instant dueAt) {
        ScheduledMessage message = new ScheduledMessage(keyOf(subjectId, appointmentVersion, kind, channel), chainId);
        message.recipientId = recipientId;
        message.appointmentId = appointmentId;
        message.appointmentVersion = appointmentVersion;
        message.kind = kind;
        message.channel = channel;
        message.content = content;
        message.dueAt = dueAt;
        message.plannedFor = dueAt;
        message.status = MessageStatus.SCHEDULED;
        return message;
    }

    /**
     * Remembers the correlation id of the work that scheduled the message (the booking request, through its
     * event), so the send, however much later, is logged and passed to the provider under the same id.
     */
    void tracedBy(String correlationId) {
        this.correlationId = correlationId;
    }

    /** Whether a dispatcher may take it now: due and scheduled, or abandoned by a dispatcher whose lease ran out. */
    public boolean claimable(Instant now) {
        return status == MessageStatus.SCHEDULED && !dueAt.isAfter(now)
                || status == MessageStatus.SENDING && leaseUntil.isBefore(now);
    }

    /** Takes the message until the lease ends; the caller's conditional save decides between concurrent takers. */
    public void claim(Instant now, Instant leaseEnd) {
        if (!claimable(now)) {
            throw new IllegalStateException("Message " + id() + " is " + status + " and cannot be claimed");
        }
        status = MessageStatus.SENDING;
        leaseUntil = leaseEnd;
    }

    /** Records, before the provider is called, that a send is starting: if we never learn its outcome, we ask. */
    public void startAttempt(Attempt attempt) {
        attempted();
        pendingAttempt = attempt;
    }

    /** Counts an attempt that failed before any provider was called, e.g. the recipient isn't known yet. */
    public void attempted() {
        requireSending();
        attempts++;
    }

    /** The provider took the message, now or (found by a lookup) in an earlier attempt. */
    public void sent(Channel via, String providerId, Instant now) {
        requireSending();
        status = MessageStatus.SENT;
        sentVia = via;
        providerMessageId = providerId;
        sentAt = now;
        pendingAttempt = null;
        outcome = via == channel ? "sent" : "sent by " + via.name().toLowerCase(Locale.ROOT) + " instead";
    }

    /** The provider certainly did not take the last attempt (it refused it, or was never reached). */
    public void notTaken() {
        pendingAttempt = null;
    }

    /** Puts the message back in the schedule, to be tried (or decided on) again at {@code at}. */
    public void retryAt(Instant at, String why) {
        requireSending();
        status = MessageStatus.SCHEDULED;
        dueAt = at;
        outcome = why;
    }

    public void fail(String why) {
        requireSending();
        status = MessageStatus.FAILED;
        pendingAttempt = null;
        outcome = why;
    }

    public void skip(String why) {
        requireSending();
        status = MessageStatus.SKIPPED;
        pendingAttempt = null;
        outcome = why;
    }

    /** @return whether anything changed: only a message not being sent can still be cancelled */
    boolean cancel(String why) {
        if (status != MessageStatus.SCHEDULED) {
            return false;
        }
        status = MessageStatus.CANCELLED;
        outcome = why;
        return true;
    }

    /**
     * Moves a pending message that is not tied to one appointment version (an intake link or nudge) along with
     * its rescheduled appointment.
     *
     * @return whether anything changed
     */
    boolean follow(Instant startsAt, Instant newDueAt) {
        if (status != MessageStatus.SCHEDULED) {
            return false;
        }
        content = content.movedTo(startsAt, content.expiresAt() == null ? null : startsAt);
        dueAt = newDueAt;
        plannedFor = newDueAt;
        return true;
    }

    /**
     * What the provider later reported about the message. Proof that the provider has it settles a send whose
     * outcome we never learned; a failed delivery makes the message {@code FAILED}, for staff to see.
     *
     * @return whether anything changed
     */
    public boolean deliveryReported(DeliveryReport report, Instant now) {
        boolean awaitingOutcome = status == MessageStatus.SENDING
                || status == MessageStatus.SCHEDULED && pendingAttempt != null;
        if (!awaitingOutcome && status != MessageStatus.SENT && status != MessageStatus.DELIVERED) {
            return false;
        }
        if (awaitingOutcome) {
            sentVia = pendingAttempt == null ? channel : pendingAttempt.channel();
            sentAt = now;
            pendingAttempt = null;
        }
        providerMessageId = report.providerMessageId();
        switch (report.outcome()) {
            case ACCEPTED -> {
                if (status != MessageStatus.DELIVERED) {
                    status = MessageStatus.SENT;
                    outcome = "sent";
                }
            }
            case DELIVERED -> {
                status = MessageStatus.DELIVERED;
                outcome = "delivered";
            }
            case UNDELIVERED -> {
                status = MessageStatus.FAILED;
                outcome = "not delivered" + (report.errorCode() == null ? "" : " (provider error " + report.errorCode() + ")");
            }
        }
        return true;
    }

    /** Staff asked to try a failed message again: it is due at once, with a fresh set of attempts. */
    public void retryNow(Instant now) {
        if (status != MessageStatus.FAILED) {
            throw new IllegalStateException("Message " + id() + " is " + status + ", not failed");
        }
        status = MessageStatus.SCHEDULED;
        dueAt = now;
        attempts = 0;
        outcome = "retry requested by staff";
    }

    private void requireSending() {
        if (status != MessageStatus.SENDING) {
            throw new IllegalStateException("Message " + id() + " is " + status + ", not being sent");
        }
    }

    public String correlationId() {
        return correlationId;
    }

    public String recipientId() {
        return recipientId;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public long appointmentVersion() {
        return appointmentVersion;
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

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public int attempts() {
        return attempts;
    }

    public Attempt pendingAttempt() {
        return pendingAttempt;
    }

    public String providerMessageId() {
        return providerMessageId;
    }

    /**
     * Whether it went out within {@code grace} of when it was meant to. Only a reminder's own time counts: one held
     * back by quiet hours, a busy provider or retries is late.
     */
    public boolean sentOnTime(Duration grace) {
        return sentAt != null && plannedFor != null && !sentAt.isAfter(plannedFor.plus(grace));
    }

    /** Whether it was, or was to be, sent by text: by its own channel, unless it went out by another instead. */
    public boolean bySms() {
        return sentVia == null ? channel == Channel.SMS : sentVia == Channel.SMS;
    }

    public Instant plannedFor() {
        return plannedFor;
    }

    public Channel sentVia() {
        return sentVia;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String outcome() {
        return outcome;
    }
}
