package com.stillpoint.notification.replies;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.notification.ClientReply;
import com.stillpoint.notification.appointments.AppointmentRecord;
import com.stillpoint.notification.appointments.Appointments;
import com.stillpoint.notification.recipients.OptOuts;
import com.stillpoint.notification.schedule.MessageScheduling;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a client's reply does. STOP and START change what we send at once, here, before booking-service hears of
 * it; every recognised reply is published for booking-service as {@code ClientReplied}, which confirms the
 * appointment, starts its cancellation or updates the profile. A cancel request is answered with the client's
 * manage link, whose page shows the cancellation policy.
 */
@Service
public class ReplyHandling {

    private final SmsThreads threads;
    private final OptOuts optOuts;
    private final ClientReplies replies;
    private final Appointments appointments;
    private final MessageScheduling scheduling;
    private final Clock clock;

    ReplyHandling(SmsThreads threads, OptOuts optOuts, ClientReplies replies, Appointments appointments,
                  MessageScheduling scheduling, Clock clock) {
        this.threads = threads;
        this.optOuts = optOuts;
        this.replies = replies;
        this.appointments = appointments;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    /**
     * A text from a client's phone.
     *
     * @param inboundMessageId the provider's id of the text; a text delivered twice is acted on once
     * @return what the text asked for, if it was a keyword from a number we wrote to
     */
    public Optional<ClientReply> onText(String inboundMessageId, String fromPhone, String text) {
        Optional<ClientReply> reply = ReplyKeyword.parse(text);
        Optional<SmsThreads.Thread> thread = threads.with(fromPhone);
        if (reply.isEmpty() || thread.isEmpty()) {
            return Optional.empty();
        }
        String chainId = thread.get().chainId();
        String clientId = thread.get().clientId();
        Instant now = clock.instant();
        return TenantContext.callAs(chainId, () -> {
            switch (reply.get()) {
                case STOP -> optOuts.optOut(clientId, Channel.SMS, now);
                case START -> optOuts.optIn(clientId, Channel.SMS, now);
                case CONFIRM, CANCEL -> {
                    Optional<AppointmentRecord> appointment = Optional.ofNullable(thread.get().appointmentId())
                            .flatMap(appointments::find);
                    if (appointment.isEmpty()) {
                        return Optional.<ClientReply>empty();
                    }
                    boolean recorded = replies.add(ClientReplyRecord.received("sms:" + inboundMessageId, chainId,
                            clientId, appointment.get().id(), reply.get(), Channel.SMS, now));
                    if (recorded && reply.get() == ClientReply.CANCEL) {
                        scheduling.answerCancelRequest(appointment.get(), inboundMessageId);
                    }
                    return reply;
                }
            }
            replies.add(ClientReplyRecord.received("sms:" + inboundMessageId, chainId, clientId, null, reply.get(),
                    Channel.SMS, now));
            return reply;
        });
    }

    /** A click on an email's unsubscribe link, for a client of the current chain. */
    public void unsubscribeFromEmail(String clientId) {
        if (optOuts.of(clientId).contains(Channel.EMAIL)) {
            return;
        }
        Instant now = clock.instant();
        optOuts.optOut(clientId, Channel.EMAIL, now);
        replies.add(ClientReplyRecord.received("email:" + UUID.randomUUID(), TenantContext.requireChainId(), clientId,
                null, ClientReply.STOP, Channel.EMAIL, now));
    }
}
