package com.stillpoint.localstack.mail;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import jakarta.mail.MessagingException;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Records each received message once, then lets GreenMail deliver it to the recipient's mailbox as usual.
 *
 * <p>GreenMail calls a delivery handler once per envelope recipient, with the same {@link MovingMessage}; the
 * identity set (MovingMessage keeps {@code Object}'s equality) turns that into one captured mail per message.
 */
final class RecordingDeliveryHandler implements MessageDeliveryHandler {

    private final MessageDeliveryHandler mailboxes;
    private final CapturedMails capturedMails;
    private final Set<MovingMessage> recorded =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    RecordingDeliveryHandler(MessageDeliveryHandler mailboxes, CapturedMails capturedMails) {
        this.mailboxes = mailboxes;
        this.capturedMails = capturedMails;
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress recipient) throws MessagingException, UserException {
        if (recorded.add(message)) {
            capturedMails.add(message.getMessage(),
                    message.getToAddresses().stream().map(MailAddress::getEmail).sorted().toList());
        }
        return mailboxes.handle(message, recipient);
    }
}
