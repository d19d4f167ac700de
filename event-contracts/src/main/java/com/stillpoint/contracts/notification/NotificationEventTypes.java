package com.stillpoint.contracts.notification;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.Topics;

import java.util.List;

/** The events notification-service publishes. */
public final class NotificationEventTypes {

    public static final EventType CLIENT_REPLIED =
            new EventType("client.replied", 1, Topics.NOTIFICATIONS, ClientReplied.class);

    public static final List<EventType> ALL = List.of(CLIENT_REPLIED);

    private NotificationEventTypes() {
    }
}
