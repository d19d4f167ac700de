package com.stillpoint.intake.surveys;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Follow-up surveys.
 *
 * @param sendDelay    how long after a session its survey is sent
 * @param linkLifetime how long a survey link works once sent
 */
@ConfigurationProperties("stillpoint.intake.surveys")
public record SurveyProperties(@DefaultValue("24h") Duration sendDelay, @DefaultValue("7d") Duration linkLifetime) {
}
