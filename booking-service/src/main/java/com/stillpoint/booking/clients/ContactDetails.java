package com.stillpoint.booking.clients;

import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.problem.InvalidInputException;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to reach a client, and how they agreed to be reached.
 *
 * @param allowedChannels  channels the client consented to; messages use no other. Empty once a client stopped
 *                         every channel (STOP by SMS when SMS was all they allowed)
 * @param preferredChannel one of the allowed channels; {@code null} only when none is allowed
 * @param channelByKind    the client's channel for some kinds of message (e.g. {@code REMINDER}); each one allowed
 */
public record ContactDetails(String firstName, String lastName, String email, String phone, Locale locale,
                             ZoneId zone, Set<Channel> allowedChannels, Channel preferredChannel,
                             Map<String, Channel> channelByKind) {

    public ContactDetails {
        allowedChannels = Set.copyOf(allowedChannels);
        channelByKind = channelByKind == null ? Map.of() : Map.copyOf(channelByKind);
        if (allowedChannels.isEmpty() ? preferredChannel != null : !allowedChannels.contains(preferredChannel)) {
            throw new InvalidInputException("The preferred channel must be one the client allowed");
        }
        if (!allowedChannels.containsAll(channelByKind.values())) {
            throw new InvalidInputException("A channel chosen for a kind of message must be one the client allowed");
        }
        if (allowedChannels.contains(Channel.EMAIL) && (email == null || email.isBlank())) {
            throw new InvalidInputException("Email is allowed but there is no email address");
        }
        if (allowedChannels.contains(Channel.SMS) && (phone == null || phone.isBlank())) {
            throw new InvalidInputException("SMS is allowed but there is no phone number");
        }
    }
}
