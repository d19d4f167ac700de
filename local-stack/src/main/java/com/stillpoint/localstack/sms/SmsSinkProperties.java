package com.stillpoint.localstack.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The Twilio-compatible SMS sink.
 *
 * @param accountSid    the only account the sink knows: a local demo value, never a real Twilio account
 * @param authToken     its token, used for HTTP Basic and to sign status callbacks; a local demo value
 * @param capacity      how many messages the sink keeps; older ones are forgotten
 * @param deliveryDelay how long after accepting a message it reports it delivered, like a carrier would; long
 *                      enough that a sender has stored the message id before its status callback arrives
 */
@ConfigurationProperties("local-stack.sms")
public record SmsSinkProperties(@DefaultValue("AC-local-demo") String accountSid,
                                @DefaultValue("local-demo-token") String authToken,
                                @DefaultValue("1000") int capacity,
                                @DefaultValue("500ms") Duration deliveryDelay) {
}
