package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;

import java.time.Instant;

/**
 * A send that may have reached the provider without us learning the outcome: it timed out, or its dispatcher
 * died mid-call. Before the message is sent again, the provider is asked whether it has it.
 *
 * @param fingerprint the SHA-256 of recipient address and body as sent: recognises the message at the provider
 *                    without storing its text, whose link is a secret
 */
public record Attempt(Channel channel, String fingerprint, Instant startedAt) {
}
