package com.stillpoint.booking.clients;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A person who books. Their profile holds contact details and channel consent only; health information belongs
 * to intake-service and never enters this service.
 */
public class Client extends AggregateRoot {

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String languageTag;
    private ZoneId zone;
    private Set<Channel> allowedChannels;
    private Channel preferredChannel;

    private Client() {
    }

    private Client(String id, String chainId) {
        super(id, chainId);
    }

    public static Client register(String id, String chainId, ContactDetails details, Clock clock) {
        Client client = new Client(id, chainId);
        client.apply(details, clock);
        return client;
    }

    public void update(ContactDetails details, Clock clock) {
        apply(details, clock);
    }

    private void apply(ContactDetails details, Clock clock) {
        firstName = details.firstName();
        lastName = details.lastName();
        email = details.email();
        phone = details.phone();
        languageTag = details.locale().toLanguageTag();
        zone = details.zone();
        allowedChannels = details.allowedChannels();
        preferredChannel = details.preferredChannel();
        registerEvent(new ClientProfileChanged(UUID.randomUUID(), clock.instant(), chainId(), id(), firstName, email,
                phone, details.locale(), zone, allowedChannels, preferredChannel, Map.of()));
    }

    public ContactDetails contactDetails() {
        return new ContactDetails(firstName, lastName, email, phone, Locale.forLanguageTag(languageTag), zone,
                allowedChannels, preferredChannel);
    }
}
