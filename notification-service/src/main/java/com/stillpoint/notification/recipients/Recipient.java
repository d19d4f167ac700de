package com.stillpoint.notification.recipients;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * A client as notification-service knows them: how to reach them and on which channels they agreed to be
 * reached. Kept from booking-service's profile events.
 *
 * @param asOf when booking-service last changed the profile; an older event never overwrites a newer one
 */
public record Recipient(String id, String chainId, String firstName, String email, String phone, String languageTag,
                        ZoneId zone, Set<Channel> allowedChannels, Channel preferredChannel, Instant asOf)
        implements TenantOwned {

    static Recipient from(ClientProfileChanged profile) {
        return new Recipient(profile.clientId(), profile.chainId(), profile.firstName(), profile.email(),
                profile.phone(), profile.locale().toLanguageTag(), profile.timeZone(), profile.allowedChannels(),
                profile.preferredChannel(), profile.occurredAt());
    }

    public boolean allows(Channel channel) {
        return allowedChannels.contains(channel);
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }
}
