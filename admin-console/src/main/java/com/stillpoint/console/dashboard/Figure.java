package com.stillpoint.console.dashboard;

/** The figures the dashboard shows, in its column order, by the name the owning service reports each under. */
enum Figure {
    NO_SHOW_RATE("no-show-rate", "No-show rate"),
    INTAKE_BEFORE_SESSION("intake-before-session", "Intake completed before the session"),
    REMINDER_ON_TIME_RATE("reminder-on-time-rate", "Reminders sent on time"),
    SMS_FAILURE_RATE("sms-failure-rate", "SMS failure rate"),
    SURVEY_RESPONSE_RATE("survey-response-rate", "Survey response rate");

    private final String key;
    private final String label;

    Figure(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
