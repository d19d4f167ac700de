package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.booking.AppointmentNoShow;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.contracts.booking.WaitlistOfferMade;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.contracts.intake.SurveyRequested;
import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.notification.appointments.AppointmentRecord;
import com.stillpoint.notification.appointments.Appointments;
import com.stillpoint.notification.appointments.TreatmentPlanNudges;
import com.stillpoint.notification.dispatch.MessageDue;
import com.stillpoint.notification.recipients.Recipients;
import com.stillpoint.platform.correlation.CorrelationId;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what happened into what clients will hear, and when. Every message is written to the schedule first and
 * sent from there, so a message due now and one due in two days take the same durable path.
 *
 * <p>Every handler is idempotent: messages are keyed by (appointment, version, kind, channel), so a redelivered
 * event finds what it scheduled; cancelling an already cancelled message changes nothing. An appointment event
 * older than one already applied is ignored, so a late reschedule can't bring back an old time.
 */
@Service
public class MessageScheduling {

    /** Messages not tied to one version of their appointment: they follow it when it moves. */
    private static final long ANY_VERSION = 0;

    private final ScheduledMessages messages;
    private final Appointments appointments;
    private final TreatmentPlanNudges planNudges;
    private final Recipients recipients;
    private final ReminderPolicies reminderPolicies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NotificationProperties.FollowUps followUps;

    MessageScheduling(ScheduledMessages messages, Appointments appointments, TreatmentPlanNudges planNudges,
                      Recipients recipients, ReminderPolicies reminderPolicies, ApplicationEventPublisher events,
                      Clock clock, NotificationProperties properties) {
        this.messages = messages;
        this.appointments = appointments;
        this.planNudges = planNudges;
        this.recipients = recipients;
        this.reminderPolicies = reminderPolicies;
        this.events = events;
        this.clock = clock;
        this.followUps = properties.followUps();
    }

    public void onBooked(AppointmentBooked booked) {
        if (!appointments.placed(booked, booked.clientId(), booked.clinicId(), booked.startsAt(),
                booked.sealedManageLink(), booked.treatmentPlanId())) {
            return;
        }
        MessageContent content = new MessageContent(booked.clinicId(), booked.startsAt(), booked.sealedManageLink(), null);
        Instant now = clock.instant();
        scheduleAbout(booked.appointmentId(), booked.appointmentVersion(), booked.clientId(), MessageKind.CONFIRMATION,
                content, now);
        scheduleReminders(booked.appointmentId(), booked.appointmentVersion(), booked.clientId(), content,
                booked.occurredAt());
        if (booked.treatmentPlanId() != null) {
            cancel(planNudges.of(booked.treatmentPlanId()), "the plan's next session was booked");
        }
    }

    /** Replaces the pending messages of the old time: those of older versions are cancelled, never sent. */
    public void onRescheduled(AppointmentRescheduled moved) {
        if (!appointments.placed(moved, moved.clientId(), moved.clinicId(), moved.startsAt(), moved.sealedManageLink(),
                null)) {
            return;
        }
        for (ScheduledMessage message : messages.findAll(messageIdsOf(moved.appointmentId()))) {
            if (message.appointmentVersion() == ANY_VERSION) {
                follow(message, moved.startsAt());
            } else if (message.appointmentVersion() < moved.appointmentVersion() && aboutTheAppointmentAhead(message)) {
                cancel(message, "rescheduled");
            }
        }
        MessageContent content = new MessageContent(moved.clinicId(), moved.startsAt(), moved.sealedManageLink(), null);
        scheduleAbout(moved.appointmentId(), moved.appointmentVersion(), moved.clientId(),
                MessageKind.RESCHEDULE_NOTICE, content, clock.instant());
        scheduleReminders(moved.appointmentId(), moved.appointmentVersion(), moved.clientId(), content,
                moved.occurredAt());
    }

    public void onCancelled(AppointmentCancelled cancelled) {
        if (!appointments.cancelled(cancelled)) {
            return;
        }
        messages.findAll(messageIdsOf(cancelled.appointmentId())).stream().filter(MessageScheduling::aboutTheAppointmentAhead)
                .forEach(message -> cancel(message, "appointment cancelled"));
        scheduleAbout(cancelled.appointmentId(), cancelled.appointmentVersion(), cancelled.clientId(),
                MessageKind.CANCEL_NOTICE, new MessageContent(cancelled.clinicId(), cancelled.startsAt(), null, null),
                clock.instant());
    }

    /** A plan session whose next one isn't booked gets a nudge, unless the booking comes first. */
    public void onCompleted(AppointmentCompleted completed) {
        if (!appointments.concluded(completed) || completed.nextPlanSessionBooked()
                || completed.treatmentPlanId() == null) {
            return;
        }
        ScheduledMessage nudge = ScheduledMessage.schedule(completed.chainId(), completed.clientId(),
                completed.appointmentId(), completed.appointmentId(), completed.appointmentVersion(),
                MessageKind.REBOOKING_NUDGE, channelFor(completed.clientId(), MessageKind.REBOOKING_NUDGE),
                new MessageContent(completed.clinicId(), completed.startsAt(), null, null),
                completed.completedAt().plus(followUps.rebookingNudgeAfter()));
        planNudges.list(completed.treatmentPlanId(), nudge.id());
        schedule(nudge);
    }

    public void onNoShow(AppointmentNoShow missed) {
        if (!appointments.concluded(missed)) {
            return;
        }
        scheduleAbout(missed.appointmentId(), missed.appointmentVersion(), missed.clientId(),
                MessageKind.NO_SHOW_FOLLOW_UP, new MessageContent(missed.clinicId(), missed.startsAt(), null, null),
                missed.startsAt().plus(followUps.noShowFollowUpAfter()));
    }

    /** The link now, and a nudge the day before unless intake is done by then. */
    public void onIntakeRequested(IntakeRequested requested) {
        Optional<AppointmentRecord> appointment = appointments.find(requested.appointmentId());
        Instant startsAt = appointment.map(AppointmentRecord::startsAt).orElse(requested.expiresAt());
        MessageContent content = new MessageContent(requested.clinicId(), startsAt, requested.sealedLink(),
                requested.expiresAt());
        scheduleAbout(requested.appointmentId(), ANY_VERSION, requested.clientId(), MessageKind.INTAKE_LINK, content,
                clock.instant());
        Instant nudgeAt = startsAt.minus(followUps.intakeNudgeBefore());
        if (nudgeAt.isAfter(clock.instant()) && !appointment.map(AppointmentRecord::intakeDone).orElse(false)) {
            scheduleAbout(requested.appointmentId(), ANY_VERSION, requested.clientId(), MessageKind.INTAKE_NUDGE,
                    content, nudgeAt);
        }
    }

    public void onIntakeStatusChanged(IntakeStatusChanged changed) {
        if (changed.readiness() == IntakeReadiness.PENDING) {
            return;
        }
        appointments.intakeDone(changed.appointmentId());
        for (ScheduledMessage message : messages.findAll(messageIdsOf(changed.appointmentId()))) {
            if (message.kind() == MessageKind.INTAKE_NUDGE) {
                cancel(message, "intake done");
            }
        }
    }

    public void onSurveyRequested(SurveyRequested requested) {
        Instant sessionStart = appointments.find(requested.appointmentId()).map(AppointmentRecord::startsAt).orElse(null);
        scheduleAbout(requested.appointmentId(), ANY_VERSION, requested.clientId(), MessageKind.SURVEY_LINK,
                new MessageContent(requested.clinicId(), sessionStart, requested.sealedLink(), requested.expiresAt()),
                requested.sendAfter());
    }

    public void onWaitlistOffer(WaitlistOfferMade offer) {
        schedule(ScheduledMessage.schedule(offer.chainId(), offer.clientId(), "offer-" + offer.offerId(), null,
                ANY_VERSION, MessageKind.WAITLIST_OFFER, channelFor(offer.clientId(), MessageKind.WAITLIST_OFFER),
                new MessageContent(offer.clinicId(), offer.startsAt(), offer.sealedOfferLink(), offer.expiresAt()),
                clock.instant()));
    }

    /**
     * Answers a client's "cancel" text with their manage link, which shows the cancellation policy.
     *
     * @param inboundMessageId the provider's id of their text: one answer per text, however often it is delivered
     */
    public void answerCancelRequest(AppointmentRecord appointment, String inboundMessageId) {
        schedule(ScheduledMessage.schedule(appointment.chainId(), appointment.clientId(), "reply-" + inboundMessageId,
                appointment.id(), ANY_VERSION, MessageKind.CANCEL_REPLY, Channel.SMS,
                new MessageContent(appointment.clinicId(), appointment.startsAt(), appointment.sealedManageLink(), null),
                clock.instant()));
    }

    /**
     * A reminder is owed if the appointment stood at its time: one whose time passed while the event was on its way
     * (consumer lag, a broker outage) goes now, unless the appointment has started. A booking made after a
     * reminder's time gets none; its confirmation says it all.
     */
    private void scheduleReminders(String appointmentId, long version, String clientId, MessageContent content,
                                   Instant placedAt) {
        Instant now = clock.instant();
        for (ReminderRule rule : reminderPolicies.forClinic(content.clinicId())) {
            Instant dueAt = content.appointmentStartsAt().minus(rule.before());
            boolean owedLate = dueAt.isAfter(placedAt) && content.appointmentStartsAt().isAfter(now);
            if (dueAt.isAfter(now) || owedLate) {
                schedule(ScheduledMessage.schedule(chainOf(), clientId, appointmentId, appointmentId, version,
                        MessageKind.REMINDER, rule.channel(), content, dueAt.isAfter(now) ? dueAt : now));
            }
        }
    }

    private void scheduleAbout(String appointmentId, long version, String clientId, MessageKind kind,
                               MessageContent content, Instant dueAt) {
        schedule(ScheduledMessage.schedule(chainOf(), clientId, appointmentId, appointmentId, version, kind,
                channelFor(clientId, kind), content, dueAt));
    }

    private void schedule(ScheduledMessage message) {
        message.tracedBy(CorrelationId.current().orElse(null));
        if (message.appointmentId() != null) {
            appointments.listMessage(message.appointmentId(), message.id());
        }
        try {
            messages.add(message);
        } catch (DuplicateKeyException alreadyScheduled) {
            return;
        }
        if (!message.dueAt().isAfter(clock.instant())) {
            events.publishEvent(new MessageDue(message.chainId(), message.id()));
        }
    }

    private void follow(ScheduledMessage message, Instant startsAt) {
        Instant dueAt = message.kind() == MessageKind.INTAKE_NUDGE
                ? startsAt.minus(followUps.intakeNudgeBefore()) : message.dueAt();
        if (message.follow(startsAt, dueAt)) {
            messages.save(message);
        }
    }

    private void cancel(Set<String> messageIds, String why) {
        messages.findAll(messageIds).forEach(message -> cancel(message, why));
    }

    /**
     * Cancels a message unless it is already being sent. A dispatcher claiming it at the same moment makes the
     * save fail; the message is read again, and if it went back to the schedule it is cancelled then. (A message
     * whose send went ahead is stopped anyway by the dispatcher's last check of the appointment.)
     */
    private void cancel(ScheduledMessage message, String why) {
        ScheduledMessage current = message;
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!current.cancel(why) || messages.save(current)) {
                return;
            }
            Optional<ScheduledMessage> reread = messages.find(current.id());
            if (reread.isEmpty()) {
                return;
            }
            current = reread.get();
        }
    }

    /**
     * Whether a message prepares the client for the appointment (and so dies with it), unlike one about what
     * happened to it: the cancel notice itself, a follow-up. A redelivered cancellation must not cancel its own
     * notice.
     */
    private static boolean aboutTheAppointmentAhead(ScheduledMessage message) {
        return message.kind().guard() != MessageKind.Guard.NONE;
    }

    private Set<String> messageIdsOf(String appointmentId) {
        return appointments.find(appointmentId).map(AppointmentRecord::messageIds).orElse(Set.of());
    }

    /**
     * The channel a single message is keyed on: the client's choice for its kind if their profile is known yet.
     * The dispatcher routes it again by the client's choice at sending time.
     */
    private Channel channelFor(String clientId, MessageKind kind) {
        return recipients.reach(clientId).flatMap(reach -> reach.route(kind, Channel.EMAIL)).orElse(Channel.EMAIL);
    }

    private static String chainOf() {
        return TenantContext.requireChainId();
    }
}
