package com.stillpoint.localstack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * GreenMail's SMTP server inside the console JVM. It accepts mail for any address, with or without credentials,
 * and hands every message to {@link CapturedMails}.
 */
@Component
public class MailCapture implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailCapture.class);

    private final MailCaptureProperties properties;
    private final CapturedMails capturedMails;
    private volatile GreenMail greenMail;

    MailCapture(MailCaptureProperties properties, CapturedMails capturedMails) {
        this.properties = properties;
        this.capturedMails = capturedMails;
    }

    @Override
    public synchronized void start() {
        ServerSetup smtp = new ServerSetup(properties.smtpPort(), properties.host(), ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(smtp)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        UserManager users = server.getUserManager();
        users.setMessageDeliveryHandler(new RecordingDeliveryHandler(users.getMessageDeliveryHandler(), capturedMails));
        greenMail = server;
        log.info("Capturing mail with SMTP on {}:{}", properties.host(), smtpPort());
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public boolean isRunning() {
        return greenMail != null;
    }

    /** Starts before, and stops after, the platform whose services send mail. */
    @Override
    public int getPhase() {
        return 0;
    }

    /** The port SMTP listens on: the configured one, or the one picked when configured as 0. */
    public int smtpPort() {
        GreenMail server = greenMail;
        if (server == null) {
            throw new IllegalStateException("The SMTP capture is not running");
        }
        return server.getSmtp().getPort();
    }
}
