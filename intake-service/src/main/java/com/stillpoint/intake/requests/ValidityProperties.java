package com.stillpoint.intake.requests;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long an intake counts before a client is asked again.
 *
 * @param period             an intake is valid for sessions starting within this time of its submission
 * @param perModality        whether a session of a modality the client has not filled an intake for needs a new one
 */
@ConfigurationProperties("stillpoint.intake.validity")
public record ValidityProperties(@DefaultValue("365d") Duration period, @DefaultValue("true") boolean perModality) {
}
