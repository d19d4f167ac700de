package com.stillpoint.notification.recipients;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.schedule.MessageKind;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Where a client can be reached right now: the channels their profile allows, minus those they opted out of here
 * (a STOP applies at once, before booking-service republishes the profile), minus those they have no address on.
 */
public record Reach(Recipient recipient, Set<Channel> optedOut) {

    public Reach {
        optedOut = Set.copyOf(optedOut);
    }

    public boolean reachableOn(Channel channel) {
        return recipient.allowedChannels().contains(channel) && !optedOut.contains(channel)
                && recipient.addressOn(channel) != null;
    }

    /**
     * The channel a message of this kind goes out on, or empty if the client can't be reached for it.
     *
     * <p>Reminders follow the clinic's policy, one message per channel: each goes out on its own channel if the
     * client is reachable there, unless the client chose another reachable channel for reminders. Every other kind
     * is one message: on the client's channel for the kind, else their preferred channel, else any they allow.
     */
    public Optional<Channel> route(MessageKind kind, Channel scheduledOn) {
        Channel chosen = recipient.channelByKind().get(kind.name());
        if (kind == MessageKind.REMINDER) {
            boolean chosenElsewhere = chosen != null && chosen != scheduledOn && reachableOn(chosen);
            return reachableOn(scheduledOn) && !chosenElsewhere ? Optional.of(scheduledOn) : Optional.empty();
        }
        Set<Channel> possible = kind.channels();
        if (chosen != null && possible.contains(chosen) && reachableOn(chosen)) {
            return Optional.of(chosen);
        }
        Channel preferred = recipient.preferredChannel();
        if (preferred != null && possible.contains(preferred) && reachableOn(preferred)) {
            return Optional.of(preferred);
        }
        return Arrays.stream(Channel.values()).filter(possible::contains).filter(this::reachableOn).findFirst();
    }
}
