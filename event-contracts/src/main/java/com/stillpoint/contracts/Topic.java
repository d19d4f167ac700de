package com.stillpoint.contracts;

/**
 * A Kafka topic of the platform.
 *
 * @param name      the topic name
 * @param compacted whether the topic keeps only the latest event per key (a replicated projection source)
 * @param keyedBy   what the record key is, for people reading the catalogue
 */
public record Topic(String name, boolean compacted, String keyedBy) {

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** Where records go that a consumer could not process after its retries. */
    public String deadLetter() {
        return deadLetterOf(name);
    }

    public static String deadLetterOf(String topicName) {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    public static boolean isDeadLetter(String topicName) {
        return topicName.endsWith(DEAD_LETTER_SUFFIX);
    }
}
