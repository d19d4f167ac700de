package com.stillpoint.notification.replies;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.notification.ClientReplied;
import com.stillpoint.contracts.notification.ClientReply;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's answer to our messages: a keyword they texted, or an unsubscribe click. Stored once per inbound
 * message (its id is the provider's id of the text), together with the {@link ClientReplied} event for
 * booking-service in the same write. Holds what the client asked for, never what they wrote: a text may say more
 * than a keyword, and none of it is kept.
 */
public class ClientReplyRecord extends AggregateRoot {

    private String clientId;
    private String appointmentId;
    private ClientReply reply;
    private Channel channel;
    private Instant receivedAt;

    private ClientReplyRecord() {
    }

    private ClientReplyRecord(String id, String chainId) {
        super(id, chainId);
    }

    /** @param appointmentId what a confirmation or cancellation is about; {@code null} for STOP and START */
    static ClientReplyRecord received(String id, String chainId, String clientId, String appointmentId,
                                      ClientReply reply, Channel channel, Instant at) {
        ClientReplyRecord record = new ClientReplyRecord(id, chainId);
        record.clientId = clientId;
        record.appointmentId = appointmentId;
        record.reply = reply;
        record.channel = channel;
        record.receivedAt = at;
        record.registerEvent(new ClientReplied(UUID.randomUUID(), at, chainId, clientId, appointmentId, reply, channel));
        return record;
    }

    public String clientId() {
        return clientId;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public ClientReply reply() {
        return reply;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
