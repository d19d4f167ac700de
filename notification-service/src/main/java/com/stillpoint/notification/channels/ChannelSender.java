package com.stillpoint.notification.channels;

import com.stillpoint.contracts.Channel;

import java.time.Instant;
import java.util.Optional;

/** Hands messages to the provider of one channel. Callers go through {@link ResilientDelivery}, never directly. */
public interface ChannelSender {

    Channel channel();

    /**
     * @return the provider's id for the message
     * @throws ProviderUnavailableException if the provider certainly did not take it, but may later
     * @throws ProviderRejectedException    if the provider refused it for good
     * @throws AmbiguousSendException       if we cannot tell whether the provider took it
     */
    String send(OutgoingMessage message);

    /**
     * Asks the provider whether it took a message, identified by its {@link OutgoingMessage#fingerprint()}, sent
     * to {@code to} since {@code since}.
     *
     * @return the provider's id of the message, or empty if it does not have it
     * @throws ProviderUnavailableException if the provider could not be asked
     */
    Optional<String> findSent(String to, String fingerprint, Instant since);
}
