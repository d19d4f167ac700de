package com.stillpoint.contracts;

import java.util.List;
import java.util.Optional;

/** The platform's topics. Each has a dead-letter topic, named by {@link Topic#deadLetter()}. */
public final class Topics {

    public static final Topic APPOINTMENTS = new Topic("booking.appointments", false, "appointment id");
    public static final Topic CLIENTS = new Topic("booking.clients", true, "client id");
    public static final Topic REFERENCE = new Topic("booking.reference", true, "clinic or therapist id");
    public static final Topic WAITLIST = new Topic("booking.waitlist", false, "client id");
    public static final Topic INTAKE = new Topic("intake.events", false, "client id");
    public static final Topic NOTIFICATIONS = new Topic("notification.events", false, "client id");

    public static final List<Topic> ALL = List.of(APPOINTMENTS, CLIENTS, REFERENCE, WAITLIST, INTAKE, NOTIFICATIONS);

    private Topics() {
    }

    public static Optional<Topic> named(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
