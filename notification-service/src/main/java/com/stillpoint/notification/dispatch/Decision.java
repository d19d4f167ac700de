package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;

import java.time.Instant;

/**
 * What to do with a due message, decided just before sending.
 *
 * @param channel for {@link Action#SEND}: the channel to send on
 * @param until   for {@link Action#DEFER}: when to look at it again
 * @param reason  for anything but {@code SEND}: why, in our words
 */
record Decision(Action action, Channel channel, Instant until, String reason) {

    enum Action {
        SEND,
        /** Not now, without counting as an attempt: quiet hours, the day's text already sent. */
        DEFER,
        /** Not yet possible: the recipient or clinic isn't known here yet. Counts as an attempt. */
        WAIT,
        /** Never: it would be wrong or useless to send it now. */
        SKIP
    }

    static Decision send(Channel channel) {
        return new Decision(Action.SEND, channel, null, null);
    }

    static Decision defer(Instant until, String reason) {
        return new Decision(Action.DEFER, null, until, reason);
    }

    static Decision waitFor(String reason) {
        return new Decision(Action.WAIT, null, null, reason);
    }

    static Decision skip(String reason) {
        return new Decision(Action.SKIP, null, null, reason);
    }
}
