package com.stillpoint.notification.recipients;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A client as notification-service knows them: how to reach them and on which channels they agreed to be
 * reached. Kept from booking-service's profile events.
 *
 * @param channelByKind the client's channel for some kinds of message, by {@code MessageKind} name
 * @param asOf          when booking-service last changed the profile; an older event never overwrites a newer one
 */
public record Recipient(String id, String chainId, String firstName, String email, String phone, String languageTag,
                        ZoneId zone, Set<Channel> allowedChannels, Channel preferredChannel,
                        Map<String, Channel> channelByKind, Instant asOf) implements TenantOwned {

    public Recipient {
        allowedChannels = allowedChannels == null ? Set.of() : Set.copyOf(allowedChannels);
        channelByKind = channelByKind == null ? Map.of() : Map.copyOf(channelByKind);
    }

    static Recipient from(ClientProfileChanged profile) {
        return new Recipient(profile.clientId(), profile.chainId(), profile.firstName(), profile.email(),
                profile.phone(), profile.locale().toLanguageTag(), profile.timeZone(), profile.allowedChannels(),
                profile.preferredChannel(), profile.channelByKind(), profile.occurredAt());
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    /** The client's address on a channel, or {@code null} if they have none there. */
    public String addressOn(Channel channel) {
        String address = channel == Channel.EMAIL ? email : phone;
        return address == null || address.isBlank() ? null : address;
    }
}
