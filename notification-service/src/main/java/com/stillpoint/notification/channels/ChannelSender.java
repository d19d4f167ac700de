package com.stillpoint.notification.channels;

import com.stillpoint.contracts.Channel;

/** Hands a message to the provider of one channel. */
public interface ChannelSender {

    Channel channel();

    /**
     * @return the provider's id for the message
     * @throws ProviderException if the provider refused or could not be reached
     */
    String send(OutgoingMessage message);
}
