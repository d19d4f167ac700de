package com.stillpoint.contracts;

/**
 * A logical event type, as it appears on the wire: {@code appointment.booked.v1}. Java class names never do.
 *
 * @param name      the type without its version, e.g. {@code appointment.booked}
 * @param version   the schema version; only additive changes keep it, a breaking change makes a new type
 * @param topic     where events of this type are published
 * @param javaType  the record that carries it
 */
public record EventType(String name, int version, Topic topic, Class<? extends IntegrationEvent> javaType) {

    /** The CloudEvents {@code type} attribute and the fixture file name. */
    public String wireName() {
        return name + ".v" + version;
    }

    /** Classpath location of this type's JSON example, shared by producer and consumer contract tests. */
    public String fixturePath() {
        return "contracts/fixtures/" + wireName() + ".json";
    }
}
