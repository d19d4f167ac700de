package com.stillpoint.intake.pages;

/**
 * One entry of a form's progress indicator.
 *
 * @param state {@code done}, {@code current} or {@code todo}
 */
record ProgressItem(String title, String state) {
}
