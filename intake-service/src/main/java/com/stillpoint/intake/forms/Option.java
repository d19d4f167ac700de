package com.stillpoint.intake.forms;

/**
 * One possible answer.
 *
 * @param value what is stored, and what scoring and rules refer to
 * @param label what the client reads
 */
public record Option(String value, String label) {
}
