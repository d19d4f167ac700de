package com.stillpoint.testing;

/** The two ways a test gets real servers. */
public enum InfrastructureKind {

    /** A KRaft broker and mongo-java-server inside the test JVM. Works everywhere, including here and CI. */
    EMBEDDED,

    /** {@code apache/kafka} and a {@code mongo} replica set in Docker. Runs where a Docker engine exists. */
    CONTAINERS;

    /** The system property that switches every test at once: {@code -Dstillpoint.test.infrastructure=containers}. */
    public static final String PROPERTY = "stillpoint.test.infrastructure";

    static InfrastructureKind fromSystemProperty() {
        return valueOf(System.getProperty(PROPERTY, "embedded").trim().toUpperCase(java.util.Locale.ROOT));
    }
}
