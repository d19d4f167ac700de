package com.stillpoint.localstack.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server that captures every mail the services send.
 *
 * @param host     the address to bind; loopback only, because it accepts anything without authentication
 * @param smtpPort 3025 for the local stack; 0 picks a free port (tests)
 * @param capacity how many messages the console keeps; older ones are forgotten
 */
@ConfigurationProperties("local-stack.mail")
public record MailCaptureProperties(@DefaultValue("127.0.0.1") String host,
                                    @DefaultValue("3025") int smtpPort,
                                    @DefaultValue("500") int capacity) {
}
