package com.stillpoint.booking.clients;

import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.problem.InvalidInputException;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * How to reach a client, and how they agreed to be reached.
 *
 * @param allowedChannels  channels the client consented to; messages use no other
 * @param preferredChannel one of the allowed channels
 */
public record ContactDetails(String firstName, String lastName, String email, String phone, Locale locale,
                             ZoneId zone, Set<Channel> allowedChannels, Channel preferredChannel) {

    public ContactDetails {
        allowedChannels = Set.copyOf(allowedChannels);
        if (!allowedChannels.contains(preferredChannel)) {
            throw new InvalidInputException("The preferred channel must be one the client allowed");
        }
        if (allowedChannels.contains(Channel.EMAIL) && (email == null || email.isBlank())) {
            throw new InvalidInputException("Email is allowed but there is no email address");
        }
        if (allowedChannels.contains(Channel.SMS) && (phone == null || phone.isBlank())) {
            throw new InvalidInputException("SMS is allowed but there is no phone number");
        }
    }
}
