package com.stillpoint.localstack.sms;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The part of Twilio's message life cycle the sink plays: accepted, then delivered. */
public enum SmsStatus {

    QUEUED,
    DELIVERED;

    /** Twilio's spelling: {@code queued}, {@code delivered}. */
    @JsonValue
    public String twilioName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
