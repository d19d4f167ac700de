package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a message is for. Each kind has its own templates and its own place in the schedule, and says how it may
 * disturb a client: critical kinds are about an appointment the client holds (or a reply they asked for) and are
 * never held back by the daily SMS allowance; the others are follow-ups that can wait a day.
 */
public enum MessageKind {
    CONFIRMATION(true, Guard.LIVE_VERSION),
    REMINDER(true, Guard.LIVE_VERSION),
    RESCHEDULE_NOTICE(true, Guard.LIVE_VERSION),
    CANCEL_NOTICE(true, Guard.NONE),
    INTAKE_LINK(true, Guard.LIVE_APPOINTMENT),
    INTAKE_NUDGE(false, Guard.LIVE_APPOINTMENT),
    SURVEY_LINK(false, Guard.NONE),
    WAITLIST_OFFER(true, Guard.NONE),
    NO_SHOW_FOLLOW_UP(false, Guard.NONE),
    REBOOKING_NUDGE(false, Guard.NONE),
    /** The answer to a client's "X"/"CANCEL" text: their manage link. Only ever a text, and never held back. */
    CANCEL_REPLY(true, Guard.LIVE_APPOINTMENT);

    /** What must still hold about the appointment just before the message goes out. */
    public enum Guard {
        /** Nothing: the message is about something that already happened. */
        NONE,
        /** The appointment is not cancelled and has not started. */
        LIVE_APPOINTMENT,
        /** As {@link #LIVE_APPOINTMENT}, and it is still at the time and place the message was written for. */
        LIVE_VERSION
    }

    private final boolean critical;
    private final Guard guard;

    MessageKind(boolean critical, Guard guard) {
        this.critical = critical;
        this.guard = guard;
    }

    public boolean critical() {
        return critical;
    }

    public Guard guard() {
        return guard;
    }

    /** The channels this kind has templates for. */
    public Set<Channel> channels() {
        return this == CANCEL_REPLY ? EnumSet.of(Channel.SMS) : EnumSet.allOf(Channel.class);
    }

    /** Whether a reply to the client's own text: the client is awake and waiting, so quiet hours don't apply. */
    public boolean answersTheClient() {
        return this == CANCEL_REPLY;
    }
}
