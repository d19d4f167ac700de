package com.stillpoint.intake.surveys;

/**
 * A published severity band of a measure: scores from {@code min} to {@code max} inclusive.
 *
 * @param level 0 for the mildest band; a higher level is more severe
 */
public record SeverityBand(int level, int min, int max, String label) {

    boolean contains(int score) {
        return score >= min && score <= max;
    }
}
