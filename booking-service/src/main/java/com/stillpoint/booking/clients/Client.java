package com.stillpoint.booking.clients;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A person who books. Their profile holds contact details and channel consent only; health information belongs
 * to intake-service and never enters this service. Every change republishes the whole profile to the compacted
 * clients topic.
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
    private Map<String, Channel> channelByKind;

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

    /**
     * The client asked for no more messages on a channel (STOP). Messages kinds that used it fall back to their
     * preferred channel, which moves to another allowed channel if it was this one.
     *
     * @return false if the channel was not allowed anyway: nothing changes then
     */
    public boolean stop(Channel channel, Clock clock) {
        if (!allowedChannels.contains(channel)) {
            return false;
        }
        Set<Channel> allowed = EnumSet.noneOf(Channel.class);
        allowed.addAll(allowedChannels);
        allowed.remove(channel);
        Map<String, Channel> byKind = new HashMap<>(channelByKind);
        byKind.values().removeIf(channel::equals);
        Channel preferred = preferredChannel == channel ? allowed.stream().findFirst().orElse(null) : preferredChannel;
        apply(new ContactDetails(firstName, lastName, email, phone, Locale.forLanguageTag(languageTag), zone, allowed,
                preferred, byKind), clock);
        return true;
    }

    /**
     * The client asked for messages on a channel again (START).
     *
     * @return false if it is allowed already, or cannot be used (SMS without a phone number): nothing changes then
     */
    public boolean resume(Channel channel, Clock clock) {
        if (allowedChannels.contains(channel) || channel == Channel.SMS && (phone == null || phone.isBlank())) {
            return false;
        }
        Set<Channel> allowed = EnumSet.of(channel);
        allowed.addAll(allowedChannels);
        apply(new ContactDetails(firstName, lastName, email, phone, Locale.forLanguageTag(languageTag), zone, allowed,
                preferredChannel == null ? channel : preferredChannel, channelByKind), clock);
        return true;
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
        channelByKind = details.channelByKind();
        registerEvent(new ClientProfileChanged(UUID.randomUUID(), clock.instant(), chainId(), id(), firstName, email,
                phone, details.locale(), zone, allowedChannels, preferredChannel, channelByKind));
    }

    public ContactDetails contactDetails() {
        return new ContactDetails(firstName, lastName, email, phone, Locale.forLanguageTag(languageTag), zone,
                allowedChannels, preferredChannel, channelByKind);
    }

    /** How the staff calendar names the client: first name and last initial. */
    public String shortName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName.charAt(0) + ".";
    }
}
