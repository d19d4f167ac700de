package com.stillpoint.contracts.booking;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The latest state of a client's profile and contact preferences. Published to a compacted topic, so the newest
 * event per client is a complete projection source. Contact details, never health data.
 *
 * @param allowedChannels  the channels the client agreed to be contacted on
 * @param preferredChannel the channel to use when several are allowed
 * @param channelByKind    the client's choice of channel for some kinds of message (by notification-service's kind
 *                         name, e.g. {@code REMINDER}); kinds not named use {@code preferredChannel}
 */
public record ClientProfileChanged(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String clientId,
        String firstName,
        String email,
        String phone,
        Locale locale,
        ZoneId timeZone,
        Set<Channel> allowedChannels,
        Channel preferredChannel,
        Map<String, Channel> channelByKind) implements IntegrationEvent {

    /** Channels in their declared order and kinds sorted, so the event always serialises the same way. */
    public ClientProfileChanged {
        allowedChannels = allowedChannels.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(allowedChannels));
        channelByKind = channelByKind == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(channelByKind));
    }

    @Override
    public String subject() {
        return clientId;
    }
}
